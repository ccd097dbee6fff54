import type { Catalogue } from '../en';

// Arabic messages of the blocks 'settings', 'recoveryReminder', 'users', 'passwordSettings', 'recoveryKeySettings'. Spread into ar.ts.

export const settings: Catalogue['settings'] = {
  title: 'الإعدادات',
  intro: 'بيانات منظمتك، ومتى يقفل Circlekeeper نفسه.',
  organisationHeading: 'المنظمة',
  autoLockHeading: 'القفل التلقائي',
  saveOrganisation: 'حفظ بيانات المنظمة',
  saveAutoLock: 'حفظ القفل التلقائي',
  sessionHorizonHeading: 'الجلسات القادمة',
  saveSessionHorizon: 'حفظ الجلسات القادمة',
  autoLockReadOnly:
    'يقفل Circlekeeper نفسه بعد {{minutes}} دقيقة دون استخدام. يستطيع المسؤول تغيير ذلك.',
  fields: {
    name: 'اسم المنظمة',
    address: 'العنوان',
    phone: 'الهاتف',
    email: 'البريد الإلكتروني',
    timeZone: 'المنطقة الزمنية',
    defaultLanguage: 'اللغة الافتراضية',
    paperSize: 'حجم الورق',
    dateRegion: 'المنطقة لعرض التواريخ والأوقات',
    idleLockMinutes: 'القفل بعد هذا العدد من الدقائق دون استخدام',
    isPublicPrintingOn: 'إتاحة الطباعة العامة في شاشة تسجيل الدخول',
    sessionHorizonWeeks: 'تخطيط الجلسات لهذا العدد من الأسابيع مقدمًا',
  },
  hints: {
    idleLockMinutes: 'بين {{min}} و{{max}}. على حاسوب مشترك، اجعل القفل أسرع.',
    sessionHorizonWeeks:
      'بين {{min}} و{{max}}. تُدرج جلسات كل مجموعة حتى هذا الحد مقدمًا، وتتقدم القائمة تلقائيًا كل يوم.',
    dateRegion: 'يرى كل من يسجّل الدخول الأوقات والتواريخ مكتوبة بهذه الطريقة.',
    isPublicPrintingOn:
      'عند إيقاف هذا الخيار، تُحذف القائمة العامة من هذا الحاسوب ولا تعود شاشة تسجيل الدخول تعرضها.',
  },
  thisComputersRegion: 'منطقة هذا الحاسوب ({{example}})',
  publicPrintingHeading: 'الطباعة العامة',
  publicPrintingIntro:
    'يستطيع مكتب الاستقبال طباعة قائمة الاجتماعات العامة من شاشة تسجيل الدخول، دون كلمة مرور. لا تحتوي إلا على المجموعات المدرجة علنًا وبيانات التواصل مع المنظمة، ولا تحتوي أبدًا على أي شيء عن الأشخاص.',
  savePublicPrinting: 'حفظ الطباعة العامة',
};

export const recoveryReminder: Catalogue['recoveryReminder'] = {
  title: 'تحقق من مفتاح الاسترداد',
  text: 'لم يتحقق أحد بعد من النسخة الورقية لمفتاح الاسترداد. إذا ضاعت كل كلمات المرور، فهي الطريقة الوحيدة للعودة إلى بياناتك.',
  action: 'التحقق من مفتاح الاسترداد',
};

export const users: Catalogue['users'] = {
  title: 'حسابات المستخدمين',
  intro: 'من يستطيع تسجيل الدخول إلى Circlekeeper، وما المسموح لكل شخص أن يفعله.',
  new: 'حساب جديد',
  newTitle: 'حساب جديد',
  create: 'إنشاء الحساب',
  editTitle: 'تعديل {{name}}',
  save: 'حفظ الحساب',
  usernameStays:
    'اسم المستخدم: {{username}}. هو ما يكتبه هذا الشخص لتسجيل الدخول، لذلك لا يمكن تغييره.',
  tableCaption: 'حسابات المستخدمين ({{count}})',
  you: '(أنت)',
  active: 'نشط',
  disabled: 'معطّل',
  noVolunteer: 'لا أحد',
  erasedVolunteer: 'متطوع مُحيت بياناته الشخصية',
  findVolunteer: 'البحث عن متطوع بالاسم',
  chooseVolunteer: 'المتطوع',
  moreVolunteers:
    'عدد المتطوعين المطابقين: {{count}}. اكتب جزءًا أطول من الاسم للعثور على الشخص المطلوب.',
  onlyYouTitle: 'أنت وحدك لديك حساب',
  onlyYouText:
    'امنح كل منسّق وميسّر حسابًا خاصًا به، حتى يسجّل كل شخص الدخول باسمه ولا يرى إلا ما يسمح به دوره. اختر «حساب جديد» لإضافة أول حساب.',
  columns: { name: 'الاسم', username: 'اسم المستخدم', volunteer: 'المتطوع' },
  fields: {
    username: 'اسم المستخدم',
    displayName: 'الاسم المعروض في Circlekeeper',
    role: 'الدور',
    volunteer: 'المتطوع المرتبط',
    status: 'الحالة',
    password: 'كلمة المرور',
    confirmPassword: 'تأكيد كلمة المرور',
    newPassword: 'كلمة المرور الجديدة',
    confirmNewPassword: 'تأكيد كلمة المرور الجديدة',
  },
  hints: {
    username:
      'ما يكتبه لتسجيل الدخول: من 3 إلى 40 من الحروف اللاتينية الصغيرة أو الأرقام أو النقاط أو الشرطات أو الشرطات السفلية. لا يمكن تغييره لاحقًا.',
    displayName: 'اسمه كما يعرفه زملاؤه.',
    password: 'أخبره بكلمة المرور هذه شخصيًا. يستطيع تغييرها من الإعدادات بعد تسجيل الدخول.',
    roleChange: 'يسري الدور الجديد فورًا، حتى لو كان الشخص مسجّل الدخول.',
    volunteer: 'للميسّر: المتطوع الذي يمثّله هذا الشخص، لكي يعرض له Circlekeeper مجموعاته.',
  },
  roleHints: {
    admin: 'كل شيء، بما في ذلك حسابات المستخدمين والنسخ الاحتياطية وسجل التدقيق.',
    coordinator: 'المجموعات والمتطوعون والجلسات والتقارير والحوادث والنسخ الاحتياطية.',
    facilitator: 'جلسات مجموعاته وحضورها وملاحظاتها.',
  },
  edit: 'تعديل',
  editNamed: 'تعديل {{name}}',
  reset: 'إعادة تعيين كلمة المرور',
  resetNamed: 'إعادة تعيين كلمة المرور لـ {{name}}',
  resetTitle: 'إعادة تعيين كلمة مرور {{name}}',
  resetIntro:
    'اختر كلمة مرور جديدة وأخبر بها {{name}} شخصيًا. تتوقف كلمة المرور القديمة عن العمل فورًا؛ ولا يتغير شيء آخر.',
  resetSubmit: 'تعيين كلمة المرور الجديدة',
  passwordReset: 'تم تغيير كلمة مرور {{name}}. لم تعد كلمة المرور القديمة تعمل.',
  disable: 'تعطيل',
  disableNamed: 'تعطيل {{name}}',
  disableTitle: 'هل تريد تعطيل {{name}}؟',
  disableText:
    'لن يتمكن {{name}} من تسجيل الدخول. تُحذف كلمة مروره من هذا الحاسوب، فلا تعود تفتح البيانات، ولا حتى من نسخة من الملفات. تبقى سجلاته وتاريخه.',
  disableAgain: 'للسماح له بالعودة لاحقًا، فعّل الحساب وامنحه كلمة مرور جديدة.',
  disableSelf: 'هذا حسابك أنت: سيُسجَّل خروجك فورًا.',
  enable: 'تفعيل',
  enableNamed: 'تفعيل {{name}}',
  enableTitle: 'تفعيل {{name}}',
  enableIntro:
    'حُذفت كلمة المرور القديمة لـ {{name}} عند تعطيل الحساب. اختر كلمة مرور جديدة وأخبره بها شخصيًا.',
  enableSubmit: 'تفعيل الحساب',
};

export const passwordSettings: Catalogue['passwordSettings'] = {
  heading: 'كلمة مرورك',
  intro: 'غيّر كلمة المرور التي تسجّل بها الدخول. اكتب كلمة مرورك الحالية أولًا.',
  currentPassword: 'كلمة المرور الحالية',
  newPassword: 'كلمة المرور الجديدة',
  confirmPassword: 'تأكيد كلمة المرور الجديدة',
  submit: 'تغيير كلمة المرور',
  changed: 'تم تغيير كلمة مرورك. استخدم الجديدة في المرة القادمة التي تسجّل فيها الدخول.',
};

export const recoveryKeySettings: Catalogue['recoveryKeySettings'] = {
  heading: 'مفتاح الاسترداد',
  confirmed:
    'تم التحقق من النسخة الورقية لمفتاح الاسترداد. احفظها في مكان آمن ومقفل، بعيدًا عن هذا الحاسوب.',
  unconfirmed: 'لم يُتحقق من مفتاح الاسترداد بعد.',
  newHeading: 'إنشاء مفتاح استرداد جديد',
  newIntro:
    'افعل ذلك إذا ضاعت النسخة الورقية، أو إذا كان من المحتمل أن يكون قد رآها من لا ينبغي له ذلك. يتوقف المفتاح القديم عن العمل فورًا: أتلف النسخة الورقية القديمة.',
  currentPassword: 'كلمة مرورك الحالية',
  newSubmit: 'إنشاء مفتاح استرداد جديد',
  newMade: 'تم إنشاء مفتاح استرداد جديد. لم يعد المفتاح القديم يعمل.',
};
