import type { SessionRow } from '../../../shared/domain/sessions';
import { fullVolunteer, SAMPLE_PASSWORD } from '../../support/sample-inputs';
import { manualClock } from '../../support/clock';
import { withRawVaultDatabase } from '../../support/raw-database';
import { insertSession } from '../../support/sessions';
import { ADMIN, createSetUpCore, sampleGroup } from '../../support/temp-core';

type SetUpCore = Awaited<ReturnType<typeof createSetUpCore>>;

// Monday 2 March 2026, noon in London: both groups' sessions are generated from this day on.
const NOW = Date.UTC(2026, 2, 2, 12, 0);
const MARCH = { from: '2026-03-01', to: '2026-03-31' };
const FYNN = { username: 'fynn', password: SAMPLE_PASSWORD };

describe('the calendar and dashboard session methods', () => {
  let test: SetUpCore;
  let grief: number;
  let carers: number;
  let hall: number;
  let mara: number;
  let jonas: number;

  /** Each way the lists narrow, with the fixture's groups and place. */
  const narrowings = () => [
    {},
    { focus: 'caregivers' as const },
    { locationId: hall },
    { status: 'scheduled' as const },
    { groupId: carers },
  ];

  beforeEach(async () => {
    test = await createSetUpCore(manualClock(NOW).now);
    hall = (await test.call('createLocation', { name: 'Main Hall' })).id;
    const annexe = (await test.call('createLocation', { name: 'Annexe' })).id;
    grief = (
      await test.call(
        'createGroup',
        sampleGroup({ format: 'in_person', onlineLink: '', locationId: hall }),
      )
    ).id;
    carers = (
      await test.call(
        'createGroup',
        sampleGroup({
          name: 'Carers Together',
          focus: 'caregivers',
          format: 'in_person',
          onlineLink: '',
          locationId: annexe,
          schedule: { rrule: 'FREQ=WEEKLY;BYDAY=TU', startTime: '18:30', durationMinutes: 90 },
          startDate: '2026-01-06',
        }),
      )
    ).id;
    mara = (await test.call('createVolunteer', fullVolunteer())).id;
    jonas = (
      await test.call(
        'createVolunteer',
        fullVolunteer({
          firstName: 'Jonas',
          lastName: 'Berg',
          preferredName: '',
          phone: '0161 496 0000',
        }),
      )
    ).id;
  });

  afterEach(() => test.cleanUp());

  const datesOf = (rows: { localDate: string }[]) => rows.map((row) => row.localDate);

  async function sessionOn(groupId: number, localDate: string): Promise<number> {
    const [row] = await test.call('listSessions', { from: localDate, to: localDate, groupId });
    if (!row) throw new Error(`no session on ${localDate}`);
    return row.id;
  }

  /** Arranges what other slices' methods will do (cancel, record, choose facilitators). */
  async function rawWrite(statements: [string, ...unknown[]][]): Promise<void> {
    await test.call('lock', {});
    await withRawVaultDatabase(test.dataDir, ADMIN, (raw) => {
      for (const [statement, ...params] of statements) raw.prepare(statement).run(...params);
    });
    await test.call('logIn', { username: ADMIN.username, password: ADMIN.password });
  }

  const ownFacilitators = (sessionId: number, volunteerId: number | null) =>
    [
      ['UPDATE group_session SET has_own_facilitators = 1 WHERE id = ?', sessionId],
      ...(volunteerId === null
        ? []
        : [
            [
              `INSERT INTO session_facilitator (session_id, volunteer_id, role, created_at)
               VALUES (?, ?, 'co', '2026-03-02T12:00:00.000Z')`,
              sessionId,
              volunteerId,
            ],
          ]),
    ] as [string, ...unknown[]][];

  async function signInAsFynnLinkedTo(volunteerId: number | null): Promise<void> {
    const fynn = await test.call('createUser', {
      ...FYNN,
      displayName: 'Fynn',
      role: 'facilitator',
    });
    await test.call('updateUser', {
      id: fynn.id,
      displayName: 'Fynn',
      role: 'facilitator',
      volunteerId,
    });
    await test.call('logIn', FYNN);
  }

  describe('listSessions', () => {
    it('narrows a month by group, place, focus and status', async () => {
      const thursdays = ['2026-03-05', '2026-03-12', '2026-03-19', '2026-03-26'];
      const tuesdays = ['2026-03-03', '2026-03-10', '2026-03-17', '2026-03-24', '2026-03-31'];
      expect(datesOf(await test.call('listSessions', MARCH))).toEqual(
        [...thursdays, ...tuesdays].sort(),
      );
      expect(datesOf(await test.call('listSessions', { ...MARCH, groupId: grief }))).toEqual(
        thursdays,
      );
      expect(datesOf(await test.call('listSessions', { ...MARCH, locationId: hall }))).toEqual(
        thursdays,
      );
      expect(datesOf(await test.call('listSessions', { ...MARCH, focus: 'caregivers' }))).toEqual(
        tuesdays,
      );
      await rawWrite([
        [
          "UPDATE group_session SET status = 'cancelled', cancel_reason = 'Flood' WHERE id = ?",
          await sessionOn(carers, '2026-03-10'),
        ],
      ]);
      expect(await test.call('listSessions', { ...MARCH, status: 'cancelled' })).toEqual([
        expect.objectContaining({ localDate: '2026-03-10', cancelReason: 'Flood' }),
      ]);
    });

    it("lists a volunteer's sessions: the group's by default, a session's own list where one was chosen", async () => {
      await test.call('assignFacilitator', { groupId: grief, volunteerId: mara, role: 'co' });
      await rawWrite([
        // Someone else covers one of Mara's group's sessions…
        ...ownFacilitators(await sessionOn(grief, '2026-03-12'), jonas),
        // …and Mara covers one session of a group she does not facilitate.
        ...ownFacilitators(await sessionOn(carers, '2026-03-17'), mara),
      ]);
      expect(datesOf(await test.call('listSessions', { ...MARCH, volunteerId: mara }))).toEqual([
        '2026-03-05',
        '2026-03-17',
        '2026-03-19',
        '2026-03-26',
      ]);
      expect(datesOf(await test.call('listSessions', { ...MARCH, volunteerId: jonas }))).toEqual([
        '2026-03-12',
      ]);
    });

    it("gives a facilitator only their own groups' sessions", async () => {
      await test.call('assignFacilitator', { groupId: carers, volunteerId: mara, role: 'co' });
      await signInAsFynnLinkedTo(mara);
      const rows = await test.call('listSessions', MARCH);
      expect(new Set(rows.map((row) => row.groupId))).toEqual(new Set([carers]));
      expect(await test.call('listSessions', { ...MARCH, groupId: grief })).toEqual([]);
    });
  });

  describe('listSessionPage', () => {
    it('gives the whole list a page at a time, with how many there are in all', async () => {
      // One meeting cancelled, so a status narrows the list.
      const [first] = await test.call('listSessions', MARCH);
      await test.call('cancelSession', { id: first!.id, reason: 'Boiler repairs' });
      for (const filter of narrowings()) {
        const all = await test.call('listSessions', { ...MARCH, ...filter });
        expect(all.length).toBeGreaterThan(3);
        const pages = [];
        for (let offset = 0; offset < all.length; offset += 3) {
          const page = await test.call('listSessionPage', {
            ...MARCH,
            ...filter,
            offset,
            limit: 3,
          });
          expect(page.total).toBe(all.length);
          pages.push(...page.rows);
        }
        expect(pages).toEqual(all);
      }
    });

    it('gives no rows past the end, and still the count', async () => {
      const all = await test.call('listSessions', MARCH);
      const page = await test.call('listSessionPage', { ...MARCH, offset: all.length });
      expect(page).toEqual({ total: all.length, rows: [] });
    });

    it('refuses a facilitator, whose agenda is their own groups’ list', async () => {
      await signInAsFynnLinkedTo(mara);
      expect((await test.refuse('listSessionPage', MARCH)).code).toBe('FORBIDDEN');
    });

    it('refuses a page of none, or of more than 200, and an offset below zero', async () => {
      for (const page of [{ limit: 0 }, { limit: 201 }, { offset: -1 }, { offset: 0.5 }]) {
        expect((await test.refuse('listSessionPage', { ...MARCH, ...page })).code).toBe(
          'VALIDATION_FAILED',
        );
      }
    });
  });

  describe('listCalendarDays', () => {
    /** What the month draws, worked out from the whole list. */
    const firstOfEachDay = (rows: SessionRow[], perDay: number) => {
      const days = new Map<string, SessionRow[]>();
      for (const row of rows) days.set(row.localDate, [...(days.get(row.localDate) ?? []), row]);
      return [...days].map(([date, all]) => ({
        date,
        sessions: all.slice(0, perDay),
        total: all.length,
        cancelled: all.filter((row) => row.status === 'cancelled').length,
      }));
    };

    it("gives each day's first sessions in start order and the day's count, as the whole list has them", async () => {
      // Thursday 5 March: the grief group's meeting and two extra carers' ones around it.
      await insertSession(test, { groupId: carers, localDate: '2026-03-05', localStart: '09:00' });
      const late = await insertSession(test, {
        groupId: carers,
        localDate: '2026-03-05',
        localStart: '21:00',
      });
      await rawWrite([
        [
          "UPDATE group_session SET status = 'cancelled', cancel_reason = 'Flood' WHERE id = ?",
          late,
        ],
      ]);
      for (const perDay of [1, 2, 3]) {
        for (const filter of narrowings()) {
          const all = await test.call('listSessions', { ...MARCH, ...filter });
          expect(await test.call('listCalendarDays', { ...MARCH, ...filter, perDay })).toEqual(
            firstOfEachDay(all, perDay),
          );
        }
      }
      const [thursday] = await test.call('listCalendarDays', {
        from: '2026-03-05',
        to: '2026-03-05',
        perDay: 2,
      });
      expect(thursday?.total).toBe(3);
      expect(thursday?.cancelled).toBe(1);
      expect(thursday?.sessions.map((s) => s.localStart)).toEqual(['09:00', '19:00']);
    });

    it('refuses a facilitator, whose calendar is their own groups’ list', async () => {
      await signInAsFynnLinkedTo(mara);
      expect((await test.refuse('listCalendarDays', { ...MARCH, perDay: 2 })).code).toBe(
        'FORBIDDEN',
      );
    });

    it('refuses a backwards period, a longer one than a year, and more than 20 a day', async () => {
      for (const input of [
        { from: '2026-03-31', to: '2026-03-01', perDay: 2 },
        { from: '2026-01-01', to: '2027-06-01', perDay: 2 },
        { ...MARCH, perDay: 21 },
        { ...MARCH, perDay: 0 },
      ]) {
        expect((await test.refuse('listCalendarDays', input)).code).toBe('VALIDATION_FAILED');
      }
    });
  });

  describe('getMyNextSession', () => {
    it('is null for an account linked to no volunteer, and for a volunteer with nothing ahead', async () => {
      expect(await test.call('getMyNextSession', {})).toBeNull();
      await signInAsFynnLinkedTo(mara);
      expect(await test.call('getMyNextSession', {})).toBeNull();
    });

    it('skips a cancelled session and gives the next one with the others facilitating it', async () => {
      await test.call('assignFacilitator', { groupId: carers, volunteerId: mara, role: 'co' });
      await test.call('assignFacilitator', { groupId: carers, volunteerId: jonas, role: 'lead' });
      await rawWrite([
        [
          "UPDATE group_session SET status = 'cancelled', cancel_reason = 'Flood' WHERE id = ?",
          await sessionOn(carers, '2026-03-03'),
        ],
      ]);
      await signInAsFynnLinkedTo(mara);
      expect(await test.call('getMyNextSession', {})).toEqual({
        session: expect.objectContaining({
          groupId: carers,
          localDate: '2026-03-10',
          localStart: '18:30',
          locationName: 'Annexe',
        }),
        coFacilitators: [{ displayName: 'Jonas Berg', phone: '0161 496 0000' }],
      });
    });

    it("follows a session's own facilitators: it is mine when I cover it, not when I was replaced", async () => {
      await test.call('assignFacilitator', { groupId: carers, volunteerId: mara, role: 'co' });
      await rawWrite([
        // Jonas covers Mara's Tuesday on 3 March; Mara covers Thursday 5 March of another group.
        ...ownFacilitators(await sessionOn(carers, '2026-03-03'), jonas),
        ...ownFacilitators(await sessionOn(grief, '2026-03-05'), mara),
      ]);
      await signInAsFynnLinkedTo(mara);
      const next = await test.call('getMyNextSession', {});
      expect(next).toMatchObject({
        session: { groupId: grief, localDate: '2026-03-05' },
        coFacilitators: [],
      });
      // Only contacts: no volunteer id, email or readiness reaches the facilitator.
      expect(Object.keys(next?.coFacilitators[0] ?? { displayName: '', phone: '' })).toEqual([
        'displayName',
        'phone',
      ]);
    });
  });

  describe('getAttendanceTrend', () => {
    it('sums held sessions per Monday-to-Sunday week in the centre zone, with empty weeks as zeros', async () => {
      const extra = (localDate: string, localStart: string) =>
        insertSession(test, { groupId: grief, localDate, localStart, durationMinutes: 20 });
      // Sunday 1 March 23:30 and Monday 23 February 00:15, London time: the edges of one week.
      const sunday = await extra('2026-03-01', '23:30');
      const monday = await extra('2026-02-23', '00:15');
      const earlier = await extra('2026-02-10', '19:00');
      const held = (id: number, headcount: number, newcomers: number) =>
        [
          "UPDATE group_session SET status = 'held', headcount = ?, newcomers = ? WHERE id = ?",
          headcount,
          newcomers,
          id,
        ] as [string, ...unknown[]];
      await rawWrite([held(sunday, 8, 2), held(monday, 5, 1), held(earlier, 6, 0)]);
      const weeks = await test.call('getAttendanceTrend', { weeks: 4 });
      expect(weeks).toEqual([
        { weekStart: '2026-02-09', sessionsHeld: 1, headcount: 6, newcomers: 0 },
        { weekStart: '2026-02-16', sessionsHeld: 0, headcount: 0, newcomers: 0 },
        { weekStart: '2026-02-23', sessionsHeld: 2, headcount: 13, newcomers: 3 },
        { weekStart: '2026-03-02', sessionsHeld: 0, headcount: 0, newcomers: 0 },
      ]);
      expect(await test.call('getAttendanceTrend', {})).toHaveLength(12);
    });
  });
});
