import type { PublicGroup, PublicSnapshot } from '../../../shared/domain/public-snapshot';

/** A listed group as the public data holds it. */
export const publicGroup = (overrides: Partial<PublicGroup>): PublicGroup => ({
  id: 1,
  name: 'Thursday Grief Circle',
  focus: 'grief',
  publicDescription: '',
  audience: '',
  format: 'in_person',
  room: '',
  schedule: { rrule: 'FREQ=WEEKLY;BYDAY=TH', startTime: '19:00', durationMinutes: 90 },
  startDate: '2026-01-08',
  endDate: null,
  isOpenToNewcomers: true,
  languages: ['en'],
  accessibility: '',
  publicContactName: '',
  publicContactPhone: '',
  publicContactEmail: '',
  location: { name: 'Main Hall', address: '1 River Road', room: 'Room 2' },
  updatedAt: '2026-11-02T09:30:00.000Z',
  ...overrides,
});

/** Public data holding `groups`, and `more` of its fields. */
export const publicSnapshot = (
  groups: PublicGroup[],
  more: Partial<PublicSnapshot> = {},
): PublicSnapshot => ({
  version: 4,
  writtenAt: '2026-11-30T10:00:00.000Z',
  organisation: {
    name: 'Riverside Community Centre',
    address: '1 River Road',
    phone: '+44 20 7946 0000',
    email: 'office@example.org',
    paperSize: 'A4',
    dateRegion: 'GB',
    timeZone: 'Europe/London',
  },
  groups,
  resources: [],
  sessionWindow: { from: '2026-11-01', to: '2027-02-28' },
  sessions: [],
  closures: [],
  ...more,
});
