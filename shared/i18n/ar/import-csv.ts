import type { Catalogue } from '../en';
import { volunteers } from './volunteers-messages';

// Arabic messages of the 'importCsv' block (issue 12). Spread into ar.ts.
/** The volunteer form's own words for the fields a column can fill. */
const volunteerFields = volunteers.fields;

export const importCsv: Catalogue['importCsv'] = {
  rowsRefused_zero: 'لا توجد صفوف مرفوضة.',
  rowsRefused_one: 'لا يمكن استيراد صف واحد، لذلك لم تتم إضافة أي شيء. صحّحه ثم حاول مجددًا.',
  rowsRefused_two: 'لا يمكن استيراد صفّين، لذلك لم تتم إضافة أي شيء. صحّحهما ثم حاول مجددًا.',
  rowsRefused_few: 'لا يمكن استيراد {{count}} صفوف، لذلك لم تتم إضافة أي شيء. صحّحها ثم حاول مجددًا.',
  rowsRefused_many: 'لا يمكن استيراد {{count}} صفًا، لذلك لم تتم إضافة أي شيء. صحّحها ثم حاول مجددًا.',
  rowsRefused_other: 'لا يمكن استيراد {{count}} صف، لذلك لم تتم إضافة أي شيء. صحّحها ثم حاول مجددًا.',
  rowProblem: 'الصف {{row}}، {{field}}: {{message}}',
  rowProblemWithValue: "الصف {{row}}، {{field}} '{{value}}': {{message}}",
  rowProblemNoField: 'الصف {{row}}: {{message}}',
  tooManyRows:
    'يحتوي هذا الملف على {{rows}} صفًا؛ يقبل الاستيراد الواحد {{maximum}} صف على الأكثر. قسّمه إلى ملفات أصغر.',
  noRows: 'لا يحتوي هذا الملف على صفوف تحت سطر العناوين.',
  noFirstNameColumn:
    'لا يوجد عمود للأسماء الأولى. سمِّ أحد الأعمدة «الاسم الأول» (أو First name أو Nombre أو Prénom).',
  fields: {
    firstName: volunteerFields.firstName,
    lastName: volunteerFields.lastName,
    preferredName: volunteerFields.preferredName,
    pronouns: volunteerFields.pronouns,
    phone: volunteerFields.phone,
    email: volunteerFields.email,
    languages: volunteerFields.languages,
    skills: volunteerFields.skills,
    status: volunteerFields.status,
    startDate: volunteerFields.startDate,
    emergencyContactName: 'جهة اتصال الطوارئ',
    emergencyContactPhone: 'هاتف جهة اتصال الطوارئ',
    emergencyContactRelationship: 'صلة جهة اتصال الطوارئ',
    notes: 'ملاحظات',
  },
  cli: {
    usage: 'الاستخدام: circlekeeper import volunteers <file.csv> [--dry-run]',
    duplicateSkipped: 'تم تخطي الصف {{row}}: قد يكون {{name}} متطوعًا مسجلًا بالفعل.',
    repeatSkipped: 'تم تخطي الصف {{row}}: إنه يكرر الصف {{other}}.',
    done_zero: 'لم يتم استيراد أي متطوع.',
    done_one: 'تم استيراد متطوع واحد.',
    done_two: 'تم استيراد متطوعَين.',
    done_few: 'تم استيراد {{count}} متطوعين.',
    done_many: 'تم استيراد {{count}} متطوعًا.',
    done_other: 'تم استيراد {{count}} متطوع.',
    checked_zero: 'كل الصفوف صالحة: لن يتم استيراد أي متطوع. لم يُكتب شيء.',
    checked_one: 'كل الصفوف صالحة: سيتم استيراد متطوع واحد. لم يُكتب شيء.',
    checked_two: 'كل الصفوف صالحة: سيتم استيراد متطوعَين. لم يُكتب شيء.',
    checked_few: 'كل الصفوف صالحة: سيتم استيراد {{count}} متطوعين. لم يُكتب شيء.',
    checked_many: 'كل الصفوف صالحة: سيتم استيراد {{count}} متطوعًا. لم يُكتب شيء.',
    checked_other: 'كل الصفوف صالحة: سيتم استيراد {{count}} متطوع. لم يُكتب شيء.',
  },
  cliHelp: {
    oneLine: 'استيراد المتطوعين من ملف CSV (الكل أو لا شيء)',
    summary:
      'يضيف المتطوعين من ملف CSV صادر عن جدول بيانات (UTF-8 أو Windows-1252؛ فاصلة أو فاصلة منقوطة أو علامة جدولة). تُعرَف الأعمدة من عناوينها بالعربية أو الإنجليزية أو الإسبانية أو الفرنسية. إذا كان أي صف غير صالح، يُذكر كل صف خاطئ ولا يُكتب شيء. يتم تخطي المتطوعين المكررين المحتملين. تُقرأ كلمة مرور المسؤول من الطرفية أو من السطر الأول من الإدخال القياسي.',
    dryRunOption: 'فحص الملف وعرض النتيجة دون كتابة أي شيء',
  },
};
