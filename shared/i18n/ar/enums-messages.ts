import type { Catalogue } from '../en';

// Arabic messages of the blocks 'enums'. Spread into ar.ts.

export const enums: Catalogue['enums'] = {
  focus: {
    addiction_recovery: 'التعافي من الإدمان',
    grief: 'الحزن والفقد',
    chronic_illness: 'الأمراض المزمنة',
    caregivers: 'مقدمو الرعاية',
    trauma: 'الصدمات النفسية',
    mental_health: 'الصحة النفسية',
    parenting: 'التربية الوالدية',
    other: 'أخرى',
  },
  format: {
    in_person: 'حضوري',
    online: 'عبر الإنترنت',
    hybrid: 'مختلط (حضوري وعبر الإنترنت)',
  },
  status: { active: 'نشطة', paused: 'متوقفة مؤقتًا', archived: 'مؤرشفة' },
  role: { admin: 'مسؤول', coordinator: 'منسّق', facilitator: 'ميسّر' },
  paperSize: { A4: 'A4', Letter: 'Letter (المقاس الأمريكي)' },
  volunteerStatus: { applicant: 'متقدم بطلب', active: 'نشط', inactive: 'غير نشط' },
  backgroundCheck: {
    not_started: 'لم يبدأ',
    pending: 'قيد الانتظار',
    cleared: 'مجتاز',
    not_cleared: 'غير مجتاز',
    expired: 'منتهي الصلاحية',
  },
  sessionStatus: { scheduled: 'مجدولة', held: 'عُقدت', cancelled: 'أُلغيت' },
  facilitatorRole: { lead: 'رئيسي', co: 'ميسّر مشارك', backup: 'احتياطي' },
  weekday: {
    '1': 'الاثنين',
    '2': 'الثلاثاء',
    '3': 'الأربعاء',
    '4': 'الخميس',
    '5': 'الجمعة',
    '6': 'السبت',
    '7': 'الأحد',
  },
};
