import type { Catalogue } from '../en';

// Arabic messages of the 'hours' block. Spread into ar.ts.
export const hours: Catalogue['hours'] = {
  title: 'ساعات المتطوعين',
  intro:
    'ما قدّمه كل متطوع من وقت للجلسات التي عُقدت، كما سُجّل بعد كل جلسة. للجهات المموّلة ولرسائل الشكر.',
  heading: 'ساعات المتطوعين',
  erasedVolunteer: 'متطوع محيت بياناته',
  period: {
    label: 'الفترة',
    thisMonth: 'هذا الشهر',
    lastMonth: 'الشهر الماضي',
    thisYear: 'هذه السنة',
    lastYear: 'السنة الماضية',
    custom: 'اختيار التواريخ',
    from: 'من',
    to: 'إلى',
    range: 'من {{from}} إلى {{to}}',
    incomplete: 'اكتب التاريخين لعرض الساعات.',
  },
  columns: {
    volunteer: 'المتطوع',
    sessions: 'الجلسات',
    hours: 'الساعات',
    date: 'التاريخ',
    group: 'المجموعة',
    role: 'الدور',
  },
  total: 'المجموع',
  volunteerTotal_zero: '{{hours}} ساعة، دون جلسات',
  volunteerTotal_one: '{{hours}} ساعة في جلسة واحدة',
  volunteerTotal_two: '{{hours}} ساعة في جلستين',
  volunteerTotal_few: '{{hours}} ساعة في {{count, number}} جلسات',
  volunteerTotal_many: '{{hours}} ساعة في {{count, number}} جلسةً',
  volunteerTotal_other: '{{hours}} ساعة في {{count, number}} جلسة',
  volunteerCaption: 'الجلسات التي يسّرها {{name}} من {{from}} إلى {{to}}، الأحدث أولًا',
  volunteerNone:
    'لا ساعات في هذه الفترة. تُحتسب الساعات عندما تُعلَّم الجلسة على أنها عُقدت وتُسجَّل ساعات الميسّرين في صفحتها.',
  summaryCaption: 'الساعات لكل متطوع من {{from}} إلى {{to}}',
  summaryTotal_zero: '{{hours}} ساعة، دون متطوعين',
  summaryTotal_one: '{{hours}} ساعة من متطوع واحد',
  summaryTotal_two: '{{hours}} ساعة من متطوعَين',
  summaryTotal_few: '{{hours}} ساعة من {{count, number}} متطوعين',
  summaryTotal_many: '{{hours}} ساعة من {{count, number}} متطوعًا',
  summaryTotal_other: '{{hours}} ساعة من {{count, number}} متطوع',
  emptyTitle: 'لا ساعات في هذه الفترة',
  emptyText:
    'تُحتسب الساعات عندما تُعلَّم الجلسة على أنها عُقدت وتُسجَّل ساعات كل ميسّر في صفحة الجلسة. اختر فترة أخرى، أو سجّل الجلسات التي عُقدت.',
  exportCsv: 'تصدير CSV',
  exportHint: 'ملف جدول بيانات لهذا الجدول، لهذه الفترة.',
};
