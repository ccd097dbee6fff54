import type { Catalogue } from '../en';

// Arabic messages of the blocks 'trainings', 'readiness', 'facilitators', 'pager'. Spread into ar.ts.

export const trainings: Catalogue['trainings'] = {
  title: 'التدريبات',
  intro: 'التدريبات التي يحتاجها ميسّروك، ومدة صلاحية كل منها، ومن يجب أن يكون قد أتمّها.',
  new: 'تدريب جديد',
  newTitle: 'تدريب جديد',
  editTitle: 'تعديل {{name}}',
  editNamed: 'تعديل {{name}}',
  save: 'حفظ التدريب',
  tableCaption: 'التدريبات ({{count}})',
  emptyTitle: 'لا توجد تدريبات بعد',
  emptyText:
    'أضف التدريبات التي يحتاجها ميسّروك، مثل الحماية والإسعافات الأولية. حدّد مدة صلاحية كل منها، وما إذا كان الميسّرون الرئيسيون أو المشاركون ملزمين بها.',
  neverExpires: 'لا تنتهي صلاحيته أبدًا',
  validForMonths_zero: 'صفر أشهر',
  validForMonths_one: 'شهر واحد',
  validForMonths_two: 'شهران',
  validForMonths_few: '{{count}} أشهر',
  validForMonths_many: '{{count}} شهرًا',
  validForMonths_other: '{{count}} شهر',
  inUse: 'مستخدم',
  retired: 'متوقف',
  retire: 'إيقاف',
  restore: 'إعادة تفعيل',
  retireNamed: 'إيقاف {{name}}',
  restoreNamed: 'إعادة تفعيل {{name}}',
  retireTitle: 'هل تريد إيقاف {{name}}؟',
  restoreTitle: 'هل تريد إعادة تفعيل {{name}}؟',
  retireText:
    'لن يُعرض بعد الآن لتسجيل إتمامات جديدة، ولن يحتاجه أي متطوع ليكون جاهزًا. يمكنك إعادة تفعيله في أي وقت.',
  restoreText: 'سيُعرض من جديد، وإذا كان مطلوبًا فسيُحتسب ضمن الجاهزية من جديد.',
  completionsKept: 'تبقى الإتمامات المسجلة سابقًا ({{count}}) في سجل كل متطوع.',
  fields: {
    name: 'الاسم',
    description: 'الوصف',
    validityMonths: 'مدة الصلاحية (بالأشهر)',
    isRequiredForLead: 'مطلوب للميسّرين الرئيسيين',
    isRequiredForCo: 'مطلوب للميسّرين المشاركين',
  },
  hints: {
    name: 'مثلًا: الحماية، الإسعافات الأولية، التيسير المراعي للصدمات.',
    description: 'اختياري. ما يغطيه، أو الجهة التي تقدّمه.',
    validityMonths:
      'عدد الأشهر التي يبقى فيها الإتمام صالحًا، مثل 12 أو 36. اتركه فارغًا إذا كانت صلاحيته لا تنتهي.',
    isRequiredForLead: 'يحتاجه الميسّرون الرئيسيون ليكونوا جاهزين.',
    isRequiredForCo: 'يحتاجه الميسّرون المشاركون والرئيسيون ليكونوا جاهزين.',
  },
  columns: {
    validity: 'مدة الصلاحية',
    requiredForLead: 'مطلوب للرئيسي',
    requiredForCo: 'مطلوب للمشارك',
    completions: 'الإتمامات',
    status: 'الحالة',
  },
};

export const readiness: Catalogue['readiness'] = {
  state: { ready: 'جاهز', expiring: 'تنتهي الصلاحية قريبًا', not_ready: 'غير جاهز' },
  status: {
    not_active: 'ليس متطوعًا نشطًا.',
    erased: 'مُحيت البيانات الشخصية.',
  },
  backgroundCheck: {
    not_started: 'لم يبدأ فحص الخلفية.',
    pending: 'فحص الخلفية ما زال قيد الانتظار.',
    not_cleared: 'لم يُجتز فحص الخلفية.',
    expired: 'انتهت صلاحية فحص الخلفية في {{date}}.',
    expiring: 'تنتهي صلاحية فحص الخلفية في {{date}}.',
  },
  training: {
    missing: '{{name}}: لم يُتمّ.',
    expired: 'انتهت صلاحية {{name}} في {{date}}.',
    expiring: 'تنتهي صلاحية {{name}} في {{date}}.',
  },
};

export const facilitators: Catalogue['facilitators'] = {
  title: 'الميسّرون',
  intro: 'من يقود هذه المجموعة، ومن يشارك في تيسيرها، ومن يمكنه أن ينوب.',
  contactsIntro: 'الأشخاص الذين يديرون هذه المجموعة معك.',
  add: 'إضافة ميسّر',
  empty: 'لا أحد ييسّر هذه المجموعة بعد. أضف ميسّرًا رئيسيًا وميسّرًا مشاركًا.',
  emptyContacts: 'لا يوجد ميسّرون آخرون مدرجون لهذه المجموعة بعد.',
  columns: {
    name: 'الاسم',
    phone: 'الهاتف',
    role: 'الدور',
    readiness: 'الجاهزية',
    actions: 'الإجراءات',
  },
  overrideNote: 'ميسّر رئيسي رغم عدم جاهزيته: {{reason}}',
  addTitle: 'إضافة ميسّر',
  changeTitle: 'تغيير دور {{name}}',
  changeRole: 'تغيير الدور',
  changeRoleNamed: 'تغيير الدور: {{name}}',
  remove: 'إزالة',
  removeNamed: 'إزالة {{name}}',
  removeTitle: 'هل تريد إزالة {{name}} من هذه المجموعة؟',
  removeText: 'لن يُدرج بعد الآن كميسّر لهذه المجموعة.',
  fields: {
    volunteer: 'المتطوع',
    role: 'الدور',
    overrideReason: 'سبب الاستثناء',
  },
  hints: {
    volunteer: 'اكتب جزءًا من الاسم أو الهاتف أو البريد الإلكتروني.',
    overrideReason: 'لماذا ينبغي أن يقود هذا الشخص مع أنه غير جاهز. يُحفظ مع التعيين.',
  },
  noMatches: 'لا يوجد متطوع نشط مطابق.',
  readinessFor: 'الجاهزية لهذا الدور',
  notReadyWarning:
    '{{name}} غير جاهز لهذا الدور. لا يزال بإمكانك إضافته كميسّر مشارك أو احتياطي؛ عالج النقاط المذكورة قريبًا.',
  notReadyLead: '{{name}} غير جاهز للقيادة. لجعله ميسّرًا رئيسيًا رغم ذلك، اكتب سبب الاستثناء.',
  expiringWarning: '{{name}} جاهز، لكن صلاحية أمر ما ستنتهي قريبًا.',
  addedNotReady: 'أُضيف {{name}}، لكنه غير جاهز لهذا الدور بعد.',
  save: 'حفظ',
};

export const pager: Catalogue['pager'] = {
  previous: 'الصفحة السابقة',
  next: 'الصفحة التالية',
  pageOf: 'الصفحة {{page}} من {{pages}}',
};
