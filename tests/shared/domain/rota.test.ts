import {
  contactSheetRows,
  defaultRotaPeriod,
  isRotaPeriodTooLong,
  rotaInputSchema,
  rotaLeadGap,
  type RotaPerson,
  type RotaSession,
} from '../../../shared/domain/rota';

const person = (volunteerId: number, overrides: Partial<RotaPerson> = {}): RotaPerson => ({
  volunteerId,
  displayName: `Person ${volunteerId}`,
  status: 'active',
  isErased: false,
  phone: `0100 ${volunteerId}`,
  email: '',
  languages: ['en'],
  ...overrides,
});

const session = (overrides: Partial<RotaSession> = {}): RotaSession => ({
  id: 1,
  groupId: 1,
  groupName: 'Grief Café',
  format: 'in_person',
  localDate: '2026-12-01',
  localStart: '18:30',
  localEnd: '20:00',
  locationName: 'Main Hall',
  room: '',
  status: 'scheduled',
  cancelReason: '',
  facilitators: [],
  ...overrides,
});

describe('the rota period', () => {
  it('defaults to the next four weeks, today included', () => {
    expect(defaultRotaPeriod('2026-12-01')).toEqual({ from: '2026-12-01', to: '2026-12-28' });
  });

  it('allows any three calendar months and nothing longer', () => {
    expect(isRotaPeriodTooLong({ from: '2026-07-01', to: '2026-09-30' })).toBe(false);
    expect(isRotaPeriodTooLong({ from: '2026-07-01', to: '2026-10-01' })).toBe(true);
    const refused = rotaInputSchema.safeParse({ from: '2026-01-01', to: '2026-12-31' });
    expect(refused.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['to', 'validation.rotaTooLong'],
    ]);
  });
});

describe('rotaLeadGap', () => {
  const people = new Map([
    [1, person(1)],
    [2, person(2, { status: 'inactive' })],
    [3, person(3, { isErased: true, displayName: '', phone: '' })],
  ]);
  const gapOf = (facilitators: RotaSession['facilitators'], status: RotaSession['status']) =>
    rotaLeadGap({ status, facilitators }, (id) => people.get(id));

  it('finds no lead, or only an inactive or erased one, on a session still to be held', () => {
    expect(gapOf([{ volunteerId: 1, role: 'co' }], 'scheduled')).toBe('no_lead');
    expect(gapOf([{ volunteerId: 2, role: 'lead' }], 'scheduled')).toBe('lead_unavailable');
    expect(gapOf([{ volunteerId: 3, role: 'lead' }], 'held')).toBe('lead_unavailable');
    expect(gapOf([{ volunteerId: 1, role: 'lead' }], 'scheduled')).toBeNull();
  });

  it('needs no lead for a cancelled session', () => {
    expect(gapOf([], 'cancelled')).toBeNull();
  });
});

describe('contactSheetRows', () => {
  it('lists the people of sessions not cancelled who can still facilitate, with their groups', () => {
    const rows = contactSheetRows(
      {
        sessions: [
          session({ id: 1, facilitators: [{ volunteerId: 1, role: 'lead' }] }),
          session({
            id: 2,
            groupName: 'Carers Circle',
            facilitators: [
              { volunteerId: 1, role: 'co' },
              { volunteerId: 2, role: 'lead' },
              { volunteerId: 3, role: 'co' },
            ],
          }),
          session({ id: 3, facilitators: [{ volunteerId: 1, role: 'lead' }] }),
          session({
            id: 4,
            status: 'cancelled',
            groupName: 'Closed Night',
            facilitators: [{ volunteerId: 4, role: 'lead' }],
          }),
        ],
        people: [
          person(1),
          person(2, { status: 'inactive' }),
          person(3, { isErased: true, displayName: '' }),
          person(4),
        ],
      },
      'en-GB',
    );
    expect(rows.map((row) => [row.person.volunteerId, row.groupNames])).toEqual([
      [1, ['Grief Café', 'Carers Circle']],
    ]);
  });

  it('sorts by name, accents and case aside', () => {
    const names = ['Finn Ward', 'élodie Martin', 'Dan Lee', 'Ana Ruiz'];
    const rows = contactSheetRows(
      {
        sessions: [
          session({ facilitators: names.map((_, i) => ({ volunteerId: i + 1, role: 'co' })) }),
        ],
        people: names.map((displayName, i) => person(i + 1, { displayName })),
      },
      'en-GB',
    );
    expect(rows.map((row) => row.person.displayName)).toEqual([
      'Ana Ruiz',
      'Dan Lee',
      'élodie Martin',
      'Finn Ward',
    ]);
  });
});
