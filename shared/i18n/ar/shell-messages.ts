import type { Catalogue } from '../en';

// Arabic messages of the blocks 'app', 'common', 'unsaved', 'nav'. Spread into ar.ts.

export const app: Catalogue['app'] = {
  name: 'Circlekeeper',
  startupProblem: 'تعذّر تشغيل Circlekeeper',
  staleAddress: 'افتح Circlekeeper على عنوانه الحالي',
};

export const common: Catalogue['common'] = {
  loading: 'جارٍ التحميل…',
  tryAgain: 'حاول مرة أخرى',
  cancel: 'إلغاء',
  continue: 'متابعة',
  choose: 'اختر…',
  edit: 'تعديل',
  delete: 'حذف',
  actions: 'الإجراءات',
  yes: 'نعم',
  no: 'لا',
  notGiven: 'غير محدد',
  saved: 'تم الحفظ.',
  passwordRulesTitle: 'يجب أن تستوفي كلمة المرور هذه القواعد:',
  ruleMet: 'مستوفاة',
  ruleNotMet: 'غير مستوفاة بعد',
  wholeNumber: 'أدخل عددًا صحيحًا، مثل 12.',
  tooManyAttempts: 'محاولات خاطئة كثيرة متتالية. انتظر قليلًا قبل المحاولة مرة أخرى.',
  retryIn: 'حاول مرة أخرى بعد {{count}} ث',
  retryNow: 'يمكنك المحاولة مرة أخرى الآن.',
  updatingData: 'جارٍ تحديث بيانات مركزك إلى هذا الإصدار. قد يستغرق ذلك دقيقة؛ لا تُطفئ الحاسوب.',
};

export const unsaved: Catalogue['unsaved'] = {
  title: 'هل تريد المغادرة دون حفظ؟',
  lost: {
    group: 'ستضيع تغييراتك على هذه المجموعة.',
    location: 'ستضيع تغييراتك على هذا المكان.',
    settings: 'ستضيع تغييراتك على هذه الإعدادات.',
    user: 'ستضيع تغييراتك على هذا الحساب.',
    password: 'ستضيع كلمات المرور التي كتبتها.',
    trainingCompletion: 'سيضيع التدريب الذي كنت تسجّله.',
    facilitator: 'لن يُحفظ الميسّر الذي كنت تضيفه.',
    volunteer: 'ستضيع تغييراتك على هذا المتطوع.',
    training: 'ستضيع تغييراتك على هذا التدريب.',
    closure: 'لن يُحفظ الإغلاق الذي كنت تضيفه.',
    sessionChange: 'لن يُحفظ تغييرك على هذه الجلسة.',
    sessionRecord: 'لن يُحفظ سجل هذه الجلسة.',
    participant: 'لن يُحفظ المشارك الذي كنت تغيّره.',
    incident: 'لن يُرسل بلاغ الحادثة الذي كنت تكتبه.',
    incidentNote: 'لن تُحفظ الملاحظة التي كنت تكتبها.',
    resource: 'ستضيع تغييراتك على هذا المورد.',
  },
  leave: 'مغادرة',
  keepEditing: 'متابعة التعديل',
  restored: 'تم الاحتفاظ بتغييراتك غير المحفوظة.',
};

export const nav: Catalogue['nav'] = {
  label: 'القائمة الرئيسية',
  menu: 'القائمة',
  skipToMain: 'انتقل إلى المحتوى الرئيسي',
  dashboard: 'لوحة المعلومات',
  calendar: 'التقويم',
  groups: 'المجموعات',
  locations: 'الأماكن',
  volunteers: 'المتطوعون',
  trainings: 'التدريبات',
  closures: 'الإغلاقات',
  incidents: 'الحوادث',
  hours: 'ساعات التطوع',
  print: 'مركز الطباعة',
  resources: 'موارد الإحالة',
  settings: 'الإعدادات',
  backup: 'النسخ الاحتياطي',
  users: 'حسابات المستخدمين',
  audit: 'سجل التدقيق',
  signedInAs: 'مسجّل الدخول باسم',
  lock: 'قفل',
  signOut: 'تسجيل الخروج',
};
