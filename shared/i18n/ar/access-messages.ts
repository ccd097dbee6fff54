import type { Catalogue } from '../en';

// Arabic messages of the blocks 'notFound', 'notAllowed', 'setup', 'recoveryKey', 'recoverySheet', 'login', 'publicPrinting', 'lock', 'keyFileProblem', 'recover'. Spread into ar.ts.

export const notFound: Catalogue['notFound'] = {
  title: 'الصفحة غير موجودة',
  intro: 'هذه الصفحة غير موجودة، أو نُقلت إلى مكان آخر.',
  backToDashboard: 'الذهاب إلى لوحة المعلومات',
};

export const notAllowed: Catalogue['notAllowed'] = {
  title: 'غير مسموح',
  intro: 'هذه الصفحة غير متاحة لحسابك.',
  account:
    'حسابك من نوع {{role}}. لا يفتح إلا الشاشات الخاصة بهذا الدور: فحساب الميسّر يرى المجموعات التي ييسّرها.',
  whatToDo: 'إذا كنت تحتاج إلى هذه الصفحة، فاطلبها من أحد المسؤولين.',
  backToDashboard: 'الذهاب إلى لوحة المعلومات',
};

export const setup: Catalogue['setup'] = {
  title: 'مرحبًا بك في Circlekeeper',
  intro: 'بعض التفاصيل للبدء. كل ما تدخله يبقى على هذا الحاسوب، مشفّرًا.',
  organisationSection: 'منظمتك',
  organisationName: 'اسم المنظمة',
  timeZone: 'المنطقة الزمنية',
  timeZoneHint: 'تُحفظ مواعيد الاجتماعات بهذه المنطقة الزمنية.',
  language: 'اللغة',
  languageHint: 'تُستخدم للمواد المطبوعة. ويبقى بإمكان كل شخص اختيار لغته.',
  adminSection: 'حساب المسؤول الأول',
  adminIntro: 'يستطيع هذا الشخص فعل كل شيء، بما في ذلك إضافة حسابات لباقي الموظفين والمتطوعين.',
  username: 'اسم المستخدم',
  usernameHint: 'حروف لاتينية صغيرة وأرقام، مثل maria.lopez',
  displayName: 'الاسم المعروض',
  displayNameHint: 'الاسم الذي يراه الآخرون، مثل مريم خليل',
  password: 'كلمة المرور',
  confirmPassword: 'تأكيد كلمة المرور',
  submit: 'إعداد Circlekeeper',
};

export const recoveryKey: Catalogue['recoveryKey'] = {
  title: 'مفتاح الاسترداد الخاص بك',
  intro: 'اطبع هذا المفتاح أو اكتبه الآن، قبل أن تتابع.',
  whatItDoes: 'يفتح هذا المفتاح بياناتك إذا ضاعت كل كلمات المرور أو نُسيت.',
  keepItSafe: 'احفظه على ورق، في مكان آمن ومقفل، بعيدًا عن هذا الحاسوب.',
  shownOnce: 'لا يُعرض إلا هذه المرة. لا يستطيع Circlekeeper عرضه مرة أخرى.',
  pdfNote: 'لا تحفظ ملف PDF إلا على ذاكرة USB تحفظها في مكان مقفل، ولا تحفظه أبدًا على هذا الحاسوب.',
  confirm: 'لقد طبعت هذا المفتاح أو كتبته',
  checkTitle: 'تحقق من نسختك من المفتاح',
  checkIntro:
    'اكتب المفتاح من نسختك الورقية، من دون النظر إلى الشاشة. هذا يثبت أن النسخة كاملة وصحيحة قبل أن تحتاج إليها.',
  checkField: 'مفتاح الاسترداد من نسختك الورقية',
  checkSubmit: 'التحقق من المفتاح',
  showAgain: 'عرض المفتاح مرة أخرى',
  checkLater: 'التحقق لاحقًا',
  confirmed: 'تم تأكيد مفتاح الاسترداد: نسختك الورقية تفتح هذه البيانات.',
};

export const recoverySheet: Catalogue['recoverySheet'] = {
  title: 'ورقة الاسترداد الخاصة بـ Circlekeeper',
  organisation: 'المنظمة',
  date: 'التاريخ',
  administrator: 'اسم مستخدم المسؤول',
  keyLabel: 'مفتاح الاسترداد',
  keepSafe: 'احفظها في مكان آمن، وليس مع الحاسوب.',
  instructionsTitle: 'كيفية استخدام هذا المفتاح',
  step1:
    'احفظ هذه الورقة في مكان آمن ومقفل. كل من يملك هذا المفتاح والحاسوب يستطيع فتح جميع البيانات.',
  step2:
    'إذا ضاعت كل كلمات المرور، فافتح Circlekeeper واختر «هل نسيت كلمة المرور؟ استخدم مفتاح الاسترداد».',
  step3:
    'اكتب المفتاح كما هو مطبوع (المسافات والشرطات والحروف الكبيرة لا تهم)، واسم مستخدم المسؤول، وكلمة مرور جديدة.',
  step4: 'لا تحتفظ بنسخة من هذا المفتاح على الحاسوب، ولا ترسله بالبريد الإلكتروني أبدًا.',
};

export const login: Catalogue['login'] = {
  title: 'تسجيل الدخول',
  intro: 'سجّل الدخول بحسابك في Circlekeeper.',
  username: 'اسم المستخدم',
  password: 'كلمة المرور',
  submit: 'تسجيل الدخول',
  forgotPassword: 'هل نسيت كلمة المرور؟ استخدم مفتاح الاسترداد',
  publicPrinting: 'الطباعة العامة: النشرات وقائمة الاجتماعات والتقويم، دون كلمة مرور',
};

export const publicPrinting: Catalogue['publicPrinting'] = {
  title: 'الطباعة العامة',
  intro:
    'اطبع ما يوزعه مكتب الاستقبال: نشرات المجموعات، وقائمة الاجتماعات، والتقويم الشهري، وورقة الإحالة. لا يظهر هنا أي شيء خاص.',
  choose: 'ماذا تريد أن تطبع؟',
  backToSignIn: 'العودة إلى تسجيل الدخول',
  offTitle: 'الطباعة العامة متوقفة',
  offText: 'يستطيع المسؤول تشغيلها من الإعدادات، في قسم الطباعة العامة.',
  unreadableTitle: 'تعذّرت قراءة القائمة العامة',
  unreadableText: 'اطلب من أحد الموظفين تسجيل الدخول: فتسجيل الدخول يكتب القائمة من جديد.',
  emptyTitle: 'لا توجد مجموعات مدرجة علنًا بعد',
  emptyText:
    'يستطيع المنسّق تحديد خانة «إدراج هذه المجموعة علنًا» في شاشة تعديل المجموعة؛ فتظهر هنا بعد ذلك.',
};

export const lock: Catalogue['lock'] = {
  title: 'Circlekeeper مقفل',
  intro: 'قفله {{username}}. اكتب كلمة مرورك لتتابع من حيث توقفت.',
  password: 'كلمة المرور',
  submit: 'فتح القفل',
  someoneElse: 'تسجيل الدخول باسم شخص آخر',
};

export const keyFileProblem: Catalogue['keyFileProblem'] = {
  title: 'ملف المفاتيح مفقود أو تالف',
  intro:
    'يحتوي مجلد بيانات Circlekeeper على هذا الحاسوب على قاعدة البيانات، لكن ملف المفاتيح (keyslots.json) مفقود أو تالف أو يعود إلى مجلد بيانات آخر. من دونه لا يستطيع أحد تسجيل الدخول، ولن يُعدّ Circlekeeper نفسه من جديد فوق بياناتك.',
  nothingChanged: 'لم يتغير أو يُحذف أي شيء. سجلاتك ما زالت في قاعدة البيانات.',
  whatToDo: 'ما العمل',
  putBack:
    'إذا كانت لديك نسخة من keyslots.json (على ذاكرة USB أو في نسخة من مجلد البيانات)، فأعدها إلى مجلد البيانات، ثم اضغط «التحقق مرة أخرى».',
  restore:
    'إذا لم تكن لديك نسخة، فاستعد أحدث نسخة احتياطية من Circlekeeper باستخدام مفتاح الاسترداد أو كلمة مرور مسؤول.',
  askForHelp: 'لست متأكدًا؟ اسأل الشخص المسؤول عن هذا الحاسوب قبل تغيير أي شيء في مجلد البيانات.',
  checkAgain: 'التحقق مرة أخرى',
};

export const recover: Catalogue['recover'] = {
  title: 'استخدام مفتاح الاسترداد',
  intro: 'اكتب المفتاح من ورقة الاسترداد المطبوعة واختر كلمة مرور جديدة لحساب مسؤول.',
  recoveryKey: 'مفتاح الاسترداد',
  recoveryKeyHint: 'المسافات والشرطات والحروف الكبيرة لا تهم.',
  username: 'اسم مستخدم المسؤول',
  newPassword: 'كلمة المرور الجديدة',
  confirmPassword: 'تأكيد كلمة المرور الجديدة',
  submit: 'تعيين كلمة المرور الجديدة وتسجيل الدخول',
  backToSignIn: 'العودة إلى تسجيل الدخول',
};
