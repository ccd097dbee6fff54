import type { Catalogue } from '../en';

// Arabic messages of the 'funderReport' block. Spread into ar.ts.
export const funderReport: Catalogue['funderReport'] = {
  heading: 'تقرير الجهات المموّلة',
  period: 'من {{from}} إلى {{to}}',
  printedOn: 'طُبع في {{date}}',
  figuresHeading: 'الفترة في لمحة',
  totals: {
    sessionsHeld: 'الاجتماعات التي عُقدت',
    attendance: 'الحضور',
    newcomers: 'القادمون الجدد',
    groupsMet: 'المجموعات التي اجتمعت',
    volunteerHours: 'ساعات المتطوعين',
    volunteersGivingTime: 'المتطوعون الذين قدّموا من وقتهم',
    sessionsCancelled: 'الاجتماعات الملغاة',
    cancelledByClosure: '{{number}} منها بسبب إغلاق المركز',
    sessionsUnrecorded: 'اجتماعات لم تُسجَّل بعد',
  },
  notes: {
    attendance:
      'الحضور هو مجموع عدد الأشخاص في كل اجتماع: تحتفظ المجموعات بأعداد مجهولة الهوية، فمن حضر عشرة اجتماعات يُحتسب عشر مرات.',
    unrecorded:
      'الاجتماعات التي لم تُسجَّل بعد عُقدت أو كان موعدها قد حان، لكن لم يُدخل أحد ما جرى فيها؛ ولا يُحتسب حضورها أعلاه.',
  },
  charts: {
    heading: 'شهرًا بشهر',
    attendance: 'الحضور والقادمون الجدد في كل شهر',
    sessions: 'الاجتماعات التي عُقدت والملغاة في كل شهر',
    hours: 'ساعات المتطوعين في كل شهر',
    seeTable: '{{title}}. الأرقام في جدول «الأرقام حسب الشهر».',
    held: 'عُقدت',
    cancelled: 'أُلغيت',
    attendanceSeries: 'الحضور',
    newcomersSeries: 'القادمون الجدد',
    hoursSeries: 'ساعات المتطوعين',
  },
  groups: {
    heading: 'المجموعات',
    caption: 'كل مجموعة اجتمعت، أو كان مقررًا أن تجتمع، في هذه الفترة',
    group: 'المجموعة',
    focus: 'المحور',
    held: 'عُقدت',
    cancelled: 'أُلغيت',
    attendance: 'الحضور',
    average: 'المتوسط لكل اجتماع',
    newcomers: 'القادمون الجدد',
    hours: 'ساعات المتطوعين',
    total: 'كل المجموعات',
    none: 'لم تجتمع أي مجموعة، ولم يكن مقررًا أن تجتمع، في هذه الفترة.',
  },
  months: {
    heading: 'الأرقام حسب الشهر',
    month: 'الشهر',
  },
  empty: {
    title: 'لم يحدث شيء في هذه الفترة',
    text: 'لم يُعقد أي اجتماع ولم يُلغَ ولم يكن مقررًا بين هذين التاريخين. اختر تواريخ أخرى أعلاه: يُطبع التقرير لأي فترة تختارها.',
  },
};
