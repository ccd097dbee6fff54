// English messages of the blocks 'enums'. Spread into en.ts.

export const enums = {
  focus: {
    addiction_recovery: 'Addiction recovery',
    grief: 'Grief',
    chronic_illness: 'Chronic illness',
    caregivers: 'Caregivers',
    trauma: 'Trauma',
    mental_health: 'Mental health',
    parenting: 'Parenting',
    other: 'Other',
  },
  format: {
    in_person: 'In person',
    online: 'Online',
    hybrid: 'Hybrid (in person and online)',
  },
  status: { active: 'Active', paused: 'Paused', archived: 'Archived' },
  role: { admin: 'Administrator', coordinator: 'Coordinator', facilitator: 'Facilitator' },
  paperSize: { A4: 'A4', Letter: 'Letter' },
  volunteerStatus: { applicant: 'Applicant', active: 'Active', inactive: 'Inactive' },
  backgroundCheck: {
    not_started: 'Not started',
    pending: 'Pending',
    cleared: 'Cleared',
    not_cleared: 'Not cleared',
    expired: 'Expired',
  },
  sessionStatus: { scheduled: 'Scheduled', held: 'Held', cancelled: 'Cancelled' },
  facilitatorRole: { lead: 'Lead', co: 'Co-facilitator', backup: 'Backup' },
  weekday: {
    '1': 'Monday',
    '2': 'Tuesday',
    '3': 'Wednesday',
    '4': 'Thursday',
    '5': 'Friday',
    '6': 'Saturday',
    '7': 'Sunday',
  },
} as const;
