import type { Catalogue } from '../en';

// Arabic messages of the blocks 'backup', 'restore', 'databaseDamaged'. Spread into ar.ts.

export const backup: Catalogue['backup'] = {
  title: 'النسخ الاحتياطي',
  intro: 'انسخ كل شيء إلى قرص USB. احفظ القرص في مكان آمن ومقفل، بعيدًا عن هذا الحاسوب.',
  whereHeading: 'مكان الحفظ',
  targetLabel: 'القرص أو المجلد',
  targetKind: {
    removable: '{{label}} · {{free}} متاحة',
    lastUsed: '{{label}} (استُخدم آخر مرة) · {{free}} متاحة',
    folder: '{{label}} · {{free}} متاحة',
  },
  noDrives: 'لم يُعثر على قرص USB. وصّل قرصًا وافتح هذه الصفحة من جديد، أو اختر مجلدًا.',
  chooseFolder: 'اختيار مجلد…',
  backUpNow: 'إنشاء نسخة احتياطية الآن',
  savedAs: 'حُفظت باسم',
  verifiedAt: 'تم التحقق ✓ {{when}}',
  counts: {
    groups_zero: 'لا مجموعات',
    groups_one: 'مجموعة واحدة',
    groups_two: 'مجموعتان',
    groups_few: '{{count, number}} مجموعات',
    groups_many: '{{count, number}} مجموعة',
    groups_other: '{{count, number}} مجموعة',
    volunteers_zero: 'لا متطوعين',
    volunteers_one: 'متطوع واحد',
    volunteers_two: 'متطوعان',
    volunteers_few: '{{count, number}} متطوعين',
    volunteers_many: '{{count, number}} متطوعًا',
    volunteers_other: '{{count, number}} متطوع',
    sessions_zero: 'لا جلسات',
    sessions_one: 'جلسة واحدة',
    sessions_two: 'جلستان',
    sessions_few: '{{count, number}} جلسات',
    sessions_many: '{{count, number}} جلسة',
    sessions_other: '{{count, number}} جلسة',
    locations_zero: 'لا أماكن',
    locations_one: 'مكان واحد',
    locations_two: 'مكانان',
    locations_few: '{{count, number}} أماكن',
    locations_many: '{{count, number}} مكانًا',
    locations_other: '{{count, number}} مكان',
  },
  phase: {
    starting: 'جارٍ البدء…',
    snapshot: 'جارٍ نسخ البيانات…',
    sealing: 'جارٍ إغلاق ملف النسخة الاحتياطية…',
    verifying: 'جارٍ التحقق من قراءة النسخة الاحتياطية بشكل صحيح…',
    restoring: 'جارٍ الاستعادة…',
    done: 'تم.',
    failed: 'توقف.',
  },
  progressLabel: { backup: 'تقدّم النسخ الاحتياطي', restore: 'تقدّم الاستعادة' },
  keepOpen: 'أبقِ القرص موصولًا وهذه النافذة مفتوحة حتى تنتهي العملية.',
  age: {
    never: 'لم تُنشأ أي نسخة احتياطية من هذا الحاسوب بعد.',
    today: 'آخر نسخة احتياطية تم التحقق منها: اليوم. {{details}}',
    daysAgo_zero: 'آخر نسخة احتياطية تم التحقق منها: اليوم. {{details}}',
    daysAgo_one: 'آخر نسخة احتياطية تم التحقق منها: أمس. {{details}}',
    daysAgo_two: 'آخر نسخة احتياطية تم التحقق منها: قبل يومين. {{details}}',
    daysAgo_few: 'آخر نسخة احتياطية تم التحقق منها: قبل {{count}} أيام. {{details}}',
    daysAgo_many: 'آخر نسخة احتياطية تم التحقق منها: قبل {{count}} يومًا. {{details}}',
    daysAgo_other: 'آخر نسخة احتياطية تم التحقق منها: قبل {{count}} يوم. {{details}}',
    nag_zero: 'أنشئ نسخة احتياطية يوميًا على الأقل، حتى لا يضيع إلا القليل إذا تعطّل الحاسوب أو سُرق.',
    nag_one:
      'أنشئ نسخة احتياطية مرة كل يوم على الأقل، حتى لا يضيع إلا القليل إذا تعطّل الحاسوب أو سُرق.',
    nag_two:
      'أنشئ نسخة احتياطية مرة كل يومين على الأقل، حتى لا يضيع إلا القليل إذا تعطّل الحاسوب أو سُرق.',
    nag_few:
      'أنشئ نسخة احتياطية مرة كل {{count, number}} أيام على الأقل، حتى لا يضيع إلا القليل إذا تعطّل الحاسوب أو سُرق.',
    nag_many:
      'أنشئ نسخة احتياطية مرة كل {{count, number}} يومًا على الأقل، حتى لا يضيع إلا القليل إذا تعطّل الحاسوب أو سُرق.',
    nag_other:
      'أنشئ نسخة احتياطية مرة كل {{count, number}} يوم على الأقل، حتى لا يضيع إلا القليل إذا تعطّل الحاسوب أو سُرق.',
  },
  restoreHeading: 'الاستعادة',
  restoreIntro:
    'أعد البيانات من ملف نسخة احتياطية. تُحفظ البيانات الموجودة الآن على هذا الحاسوب أولًا كنسخة أمان.',
  restoreLink: 'الاستعادة من نسخة احتياطية…',
  settingsHeading: 'إعدادات النسخ الاحتياطي',
  fields: {
    keepCount: 'عدد النسخ الاحتياطية التي يُحتفظ بها على كل قرص',
    nagAfterDays: 'التذكير بعد هذا العدد من الأيام دون نسخة احتياطية',
  },
  hints: {
    keepCount: 'بين {{min}} و{{max}}. تُحذف النسخ الأقدم على القرص، ولا تُحذف الأحدث أبدًا.',
    nagAfterDays: 'بين {{min}} و{{max}}.',
  },
  saveSettings: 'حفظ إعدادات النسخ الاحتياطي',
  picker: {
    folderTitle: 'اختر مجلدًا',
    fileTitle: 'اختر ملف نسخة احتياطية',
    current: 'الموقع الحالي:',
    pathLabel: 'مسار المجلد',
    go: 'انتقال',
    foldersLabel: 'المجلدات والملفات',
    up: '↑ مجلد واحد إلى الأعلى',
    noFolders: 'لا توجد مجلدات هنا.',
    noBackups: 'لا توجد ملفات نسخ احتياطية (.ckbackup) أو مجلدات هنا.',
    useThisFolder: 'استخدام هذا المجلد',
  },
};

export const restore: Catalogue['restore'] = {
  title: 'الاستعادة من نسخة احتياطية',
  intro: 'اختر ملف نسخة احتياطية، وافتحه، وتحقق مما فيه، ثم استعده.',
  stepsLabel: 'الخطوات',
  stepOf: 'الخطوة {{number}}: {{name}}',
  steps: { choose: 'اختيار الملف', unlock: 'فتحه', confirm: 'التحقق والاستعادة' },
  chooseHeading: 'اختر ملف النسخة الاحتياطية',
  chooseIntro: 'وصّل القرص الذي عليه النسخة الاحتياطية، ثم اختر الملف. ينتهي اسمه بـ .ckbackup.',
  chooseFile: 'اختيار ملف…',
  chosenFile: 'الملف المختار:',
  unlockHeading: 'افتح النسخة الاحتياطية',
  unlockIntro:
    'استخدم اسم مستخدم وكلمة مرور لمسؤول كانا صالحين عند إنشاء النسخة الاحتياطية، أو مفتاح الاسترداد في ذلك الوقت.',
  secretKind: 'افتحها باستخدام',
  withPassword: 'كلمة مرور مسؤول',
  withRecoveryKey: 'مفتاح الاسترداد',
  recoveryKey: 'مفتاح الاسترداد',
  recoveryKeyHint: 'الحروف والأرقام الـ32 المطبوعة على ورقة مفتاح الاسترداد.',
  open: 'فتح النسخة الاحتياطية',
  back: 'رجوع',
  confirmHeading: 'تحقق مما في هذه النسخة الاحتياطية',
  preview: {
    createdAt: 'تاريخ الإنشاء',
    contents: 'المحتويات',
    size: 'الحجم',
    deviceLabel: 'الحاسوب الذي أُنشئت عليه',
    appVersion: 'إصدار Circlekeeper',
  },
  replaceWarning:
    'تستبدل الاستعادة جميع البيانات الموجودة على هذا الحاسوب ببيانات النسخة الاحتياطية. تُحفظ البيانات الموجودة هنا الآن أولًا كنسخة أمان، ويمكن استعادتها بدورها. سيحتاج الجميع إلى تسجيل الدخول من جديد.',
  newComputerNote:
    'سيُعدّ هذا الحاسوب ببيانات النسخة الاحتياطية. بعد ذلك سجّل الدخول بحساب موجود في النسخة الاحتياطية.',
  restoreNow: 'الاستعادة الآن',
  done: 'نجحت الاستعادة: أصبحت البيانات كما كانت في {{when}}. سجّل الدخول من جديد.',
  safetyHeading: 'نسخ الأمان',
  safetyIntro: 'البيانات كما كانت قبل كل عملية استعادة مباشرة.',
  safetyNone: 'لا توجد نسخ أمان بعد: تُنشأ نسخة قبل كل عملية استعادة.',
  safetyMadeAt: 'حُفظت في',
  safetyRestore: 'استعادة هذه النسخة',
  safetyConfirmTitle: 'هل تريد استعادة نسخة الأمان المحفوظة في {{when}}؟',
  newComputerTitle: 'إعداد هذا الحاسوب من نسخة احتياطية',
  newComputerIntro: 'لحاسوب جديد يحل محل حاسوب قديم، أو بعد فقدان حاسوب.',
  startFreshInstead: 'البدء من جديد بدلًا من ذلك',
  movingHere: 'هل تنتقل من حاسوب آخر، أو تستبدل حاسوبًا مفقودًا؟',
  fromBackup: 'الاستعادة من نسخة احتياطية',
};

export const databaseDamaged: Catalogue['databaseDamaged'] = {
  title: 'قاعدة البيانات تالفة',
  forAdmin:
    'فحص Circlekeeper قاعدة بياناته عند تسجيل دخولك ووجد فيها تلفًا (غالبًا بسبب قرص متعطل أو انقطاع الكهرباء). لا تتابع إدخال البيانات: فقد لا تُحفظ. استعد أحدث نسخة احتياطية، ثم راجع السجلات التي أُدخلت بعد تلك النسخة.',
  forOthers:
    'فحص Circlekeeper قاعدة بياناته عند تسجيل دخولك ووجد فيها تلفًا. لا تتابع إدخال البيانات: فقد لا تُحفظ. أبلغ أحد المسؤولين الآن.',
};
