import type { Catalogue } from '../en';

// Arabic messages of the 'cover' block. Spread into ar.ts.
export const cover: Catalogue['cover'] = {
  section: {
    title: 'من ييسّر',
    introGroup:
      'يقود ميسّرو المجموعة كل جلساتها افتراضيًا. التغييرات التي تُجرى هنا تخص هذه الجلسة وحدها.',
    contactsIntro: 'الأشخاص الذين ييسّرون هذه الجلسة معك.',
    empty: 'لا أحد ييسّر هذه الجلسة بعد. اختر ميسّرًا رئيسيًا جاهزًا.',
    emptyContacts: 'لم يُحدَّد أحد لتيسير هذه الجلسة بعد. اسأل المنسّق.',
    change: 'تغيير الميسّرين',
    reset: 'استخدام ميسّري المجموعة',
    resetTitle: 'استخدام ميسّري المجموعة لهذه الجلسة؟',
    resetText: 'تُستبدل القائمة المختارة لهذه الجلسة بميسّري المجموعة الحاليين.',
    overrideNote: 'يقود دون أن يكون جاهزًا: {{reason}}',
    problemsHeading: 'ما يجب إصلاحه قبل هذه الجلسة',
    noProblems: 'لا نقص ولا تعارض: هذه الجلسة مغطّاة.',
    fix: 'إصلاح',
    fixNamed: 'إصلاح: استبدال {{name}}',
    chooseLead: 'اختيار ميسّر رئيسي',
  },
  columns: {
    name: 'الاسم',
    role: 'الدور',
    readiness: 'جاهز؟',
    phone: 'الهاتف',
  },
  gap: {
    no_lead: 'لا ميسّر رئيسيًا لهذه الجلسة.',
    lead_not_ready: 'الميسّر الرئيسي غير جاهز لقيادة هذه الجلسة.',
  },
  conflict: {
    overlap: 'ييسّر {{name}} أيضًا {{other}} في الوقت نفسه.',
    outside_availability: '{{name}} غير متاح في هذا الوقت، بحسب الأوقات التي حدّدها.',
    not_ready: '{{name}} غير جاهز لتيسير هذه الجلسة.',
  },
  dialog: {
    title: 'ميسّرو هذه الجلسة',
    intro: 'التغييرات تخص هذه الجلسة وحدها. تحتفظ المجموعة بميسّريها.',
    listLabel: 'المختارون لهذه الجلسة',
    noneChosen: 'لم يُختر أحد بعد. أضف ميسّرًا رئيسيًا أدناه.',
    roleOf: 'دور {{name}}',
    remove: 'إزالة',
    removeNamed: 'إزالة {{name}}',
    replaceShort: 'استبدال',
    replaceNamed: 'استبدال {{name}}',
    addHeading: 'إضافة شخص',
    replaceHeading: 'من يحل محل {{name}} ({{role}})؟',
    add: 'إضافة إلى هذه الجلسة',
    replace: 'استبدال {{name}}',
    cancelReplace: 'إبقاء {{name}}',
    pickFirst: 'اختر متطوعًا أولًا.',
    save: 'حفظ الميسّرين',
  },
  gaps: {
    title: 'نقص في التغطية',
    intro: 'الجلسات خلال الأيام الـ{{days}} القادمة التي ليس لها ميسّر رئيسي جاهز.',
    empty: 'لا نقص خلال الأيام الـ{{days}} القادمة.',
    row: {
      no_lead: 'ليس لجلسة {{group}} في {{date}} الساعة {{time}} ميسّر رئيسي.',
      lead_not_ready: 'جلسة {{group}} في {{date}} الساعة {{time}}: الميسّر الرئيسي غير جاهز.',
    },
    fixLabel: 'إصلاح {{group}} في {{date}}',
  },
  conflicts: {
    title: 'تعارضات الميسّرين',
    intro:
      'خلال الأيام الـ{{days}} القادمة: متطوع في جلستين في الوقت نفسه، أو خارج الأوقات التي حدّدها، أو غير جاهز.',
    empty: 'لا تعارضات خلال الأيام الـ{{days}} القادمة.',
    row: {
      overlap: '{{name}} في {{group}} و{{other}} في الوقت نفسه، في {{date}} الساعة {{time}}.',
      outside_availability:
        'ييسّر {{name}} جلسة {{group}} في {{date}} الساعة {{time}}، خارج الأوقات التي حدّدها.',
      not_ready: 'ييسّر {{name}} جلسة {{group}} في {{date}} الساعة {{time}} لكنه غير جاهز.',
    },
    fixLabel: 'إصلاح {{group}} في {{date}} ({{name}})',
  },
  errors: {
    samePersonTwice: 'الشخص نفسه مذكور في القائمة مرتين.',
    oneLead: 'للجلسة ميسّر رئيسي واحد على الأكثر.',
    hasHours: 'لشخص حُذف من القائمة ساعات مسجّلة لهذه الجلسة. أبقِه في القائمة.',
    heldSession: 'عُقدت هذه الجلسة وسُجّلت ساعاتها مع ميسّريها، لذلك تحتفظ بهم.',
  },
};
