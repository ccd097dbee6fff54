import {
  addLeadTrainingLapsingAfterJune19,
  addReadyAndExpiredVolunteers,
  PEOPLE_NOW,
} from '../../support/people';
import { withRawVaultDatabase } from '../../support/raw-database';
import { fullVolunteer, SAMPLE_PASSWORD } from '../../support/sample-inputs';
import { insertSession } from '../../support/sessions';
import { ADMIN, createSetUpCore, sampleGroup } from '../../support/temp-core';

type SetUpCore = Awaited<ReturnType<typeof createSetUpCore>>;

const REASON = 'Led this circle for years; the refresher is booked.';

describe('the facilitators of one session', () => {
  let test: SetUpCore;
  let groupId: number;
  let ready: { id: number };
  let expired: { id: number };
  let sessionId: number;

  beforeEach(async () => {
    test = await createSetUpCore(() => PEOPLE_NOW);
    // Starting in 2030, the group has no generated sessions near the test's June 2026.
    groupId = (await test.call('createGroup', sampleGroup({ startDate: '2030-01-03' }))).id;
    ({ ready, expired } = await addReadyAndExpiredVolunteers(test));
    await test.call('assignFacilitator', { groupId, volunteerId: ready.id, role: 'lead' });
    sessionId = await insertSession(test, { groupId, localDate: '2026-06-20' });
  });

  afterEach(() => test.cleanUp());

  const list = () => test.call('listSessionFacilitators', { id: sessionId });
  const latestAudit = async () => (await test.core.vault.store.audit.latest(1))[0];
  const raw = async (statement: string, ...values: unknown[]) => {
    await test.call('lock', {});
    await withRawVaultDatabase(test.dataDir, ADMIN, (db) => db.prepare(statement).run(...values));
    await test.call('logIn', { username: ADMIN.username, password: ADMIN.password });
  };

  it('lists the group’s facilitators while the session has no list of its own, and follows the group', async () => {
    expect(await list()).toEqual([
      {
        volunteerId: ready.id,
        displayName: 'Mara Okafor',
        phone: '+44 7700 900123',
        role: 'lead',
        readiness: { state: 'ready', problems: [] },
        overrideReason: '',
        hours: null,
      },
    ]);
    await test.call('assignFacilitator', { groupId, volunteerId: expired.id, role: 'co' });
    expect((await list()).map((f) => [f.displayName, f.role, f.readiness.state])).toEqual([
      ['Mara Okafor', 'lead', 'ready'],
      ['Jonas Berg', 'co', 'not_ready'],
    ]);
  });

  it('keeps a list chosen for the session, lead first, and leaves the group’s list as it was', async () => {
    const co = await test.call(
      'createVolunteer',
      fullVolunteer({ firstName: 'Ines', lastName: 'Roy', preferredName: '' }),
    );
    const saved = await test.call('setSessionFacilitators', {
      id: sessionId,
      facilitators: [
        { volunteerId: co.id, role: 'backup' },
        { volunteerId: ready.id, role: 'lead' },
      ],
    });
    expect(saved.map((f) => [f.volunteerId, f.role])).toEqual([
      [ready.id, 'lead'],
      [co.id, 'backup'],
    ]);
    expect(await latestAudit()).toMatchObject({
      action: 'set_session_facilitators',
      entity: 'session',
      entityId: sessionId,
      fields: ['facilitators'],
    });
    await test.call('assignFacilitator', { groupId, volunteerId: expired.id, role: 'co' });
    expect(await list()).toEqual(saved);
    expect(await test.call('listGroupFacilitators', { groupId })).toMatchObject([
      { role: 'lead' },
      { role: 'co' },
    ]);
  });

  it('refuses a lead who is not ready without a reason, and keeps the reason on the row with one', async () => {
    const input = { id: sessionId, facilitators: [{ volunteerId: expired.id, role: 'lead' }] };
    expect(await test.refuse('setSessionFacilitators', input)).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'errors.leadNotReady',
    });
    expect((await list()).map((f) => f.volunteerId)).toEqual([ready.id]);
    const saved = await test.call('setSessionFacilitators', {
      ...input,
      facilitators: [{ volunteerId: expired.id, role: 'lead' as const }],
      overrideReason: REASON,
    });
    expect(saved[0]).toMatchObject({ role: 'lead', overrideReason: REASON });
    expect(await latestAudit()).toMatchObject({
      action: 'set_session_lead_override',
      fields: ['facilitators', 'overrideReason'],
    });
    expect(JSON.stringify(await test.core.vault.store.audit.latest(50))).not.toContain('refresher');
  });

  it('judges a lead on the session’s day: training that lapses the day before makes them not ready for it', async () => {
    await addLeadTrainingLapsingAfterJune19(test, ready.id);
    const dayBefore = await insertSession(test, { groupId, localDate: '2026-06-19' });
    const dayOf = (await list())[0]!.readiness;
    expect(dayOf).toMatchObject({ state: 'not_ready' });
    expect(dayOf.problems).toContainEqual(
      expect.objectContaining({ trainingName: 'Leading circles', reason: 'expired' }),
    );
    const [onLastValidDay] = await test.call('listSessionFacilitators', { id: dayBefore });
    expect(onLastValidDay!.readiness.state).toBe('expiring');
    expect(
      await test.refuse('setSessionFacilitators', {
        id: sessionId,
        facilitators: [{ volunteerId: ready.id, role: 'lead' }],
      }),
    ).toMatchObject({ messageKey: 'errors.leadNotReady' });
  });

  it.each([
    [
      'two leads',
      (ids: number[]) => ids.map((volunteerId) => ({ volunteerId, role: 'lead' })),
      'cover.errors.oneLead',
    ],
    [
      'the same person twice',
      (ids: number[]) => [ids[0], ids[0]].map((volunteerId) => ({ volunteerId, role: 'co' })),
      'cover.errors.samePersonTwice',
    ],
  ])('refuses %s, changing nothing', async (_what, facilitators, messageKey) => {
    const other = await test.call('createVolunteer', fullVolunteer({ firstName: 'Ines' }));
    const error = await test.refuse('setSessionFacilitators', {
      id: sessionId,
      facilitators: facilitators([ready.id, other.id]),
    });
    expect(error.fieldErrors).toEqual([{ path: 'facilitators', messageKey }]);
    expect((await list()).map((f) => f.volunteerId)).toEqual([ready.id]);
  });

  it('refuses an inactive or an erased volunteer', async () => {
    const inactive = await test.call('createVolunteer', fullVolunteer({ status: 'inactive' }));
    const erased = await test.call('createVolunteer', fullVolunteer({ firstName: 'Tom' }));
    await test.call('eraseVolunteer', { id: erased.id, confirmName: 'Mara Okafor' });
    for (const [volunteerId, messageKey] of [
      [inactive.id, 'errors.volunteerInactive'],
      [erased.id, 'errors.volunteerErased'],
    ] as const) {
      expect(
        await test.refuse('setSessionFacilitators', {
          id: sessionId,
          facilitators: [{ volunteerId, role: 'co' }],
        }),
      ).toMatchObject({ code: 'CONFLICT', messageKey });
    }
  });

  it('goes back to the group’s facilitators, but not once the session is held', async () => {
    await test.call('setSessionFacilitators', {
      id: sessionId,
      facilitators: [{ volunteerId: expired.id, role: 'co' }],
    });
    expect(
      (await test.call('resetSessionFacilitators', { id: sessionId })).map((f) => f.volunteerId),
    ).toEqual([ready.id]);
    expect(await latestAudit()).toMatchObject({
      action: 'reset_session_facilitators',
      fields: ['facilitators'],
    });
    await test.call('setSessionFacilitators', {
      id: sessionId,
      facilitators: [{ volunteerId: expired.id, role: 'co' }],
    });
    await raw("UPDATE group_session SET status = 'held' WHERE id = ?", sessionId);
    expect(await test.refuse('resetSessionFacilitators', { id: sessionId })).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'cover.errors.heldSession',
    });
    expect((await list()).map((f) => f.volunteerId)).toEqual([expired.id]);
  });

  it('keeps recorded hours for those who stay, and refuses to drop someone with hours', async () => {
    await test.call('setSessionFacilitators', {
      id: sessionId,
      facilitators: [{ volunteerId: ready.id, role: 'lead' }],
    });
    await raw('UPDATE session_facilitator SET hours = 2.5 WHERE session_id = ?', sessionId);
    const other = await test.call('createVolunteer', fullVolunteer({ firstName: 'Ines' }));
    const saved = await test.call('setSessionFacilitators', {
      id: sessionId,
      facilitators: [
        { volunteerId: other.id, role: 'co' },
        { volunteerId: ready.id, role: 'lead' },
      ],
    });
    expect(saved.map((f) => [f.volunteerId, f.hours])).toEqual([
      [ready.id, 2.5],
      [other.id, null],
    ]);
    expect(
      await test.refuse('setSessionFacilitators', {
        id: sessionId,
        facilitators: [{ volunteerId: other.id, role: 'co' }],
      }),
    ).toMatchObject({ messageKey: 'cover.errors.hasHours' });
  });

  it('answers NOT_FOUND for a session that does not exist', async () => {
    expect(await test.refuse('listSessionFacilitators', { id: 9_999 })).toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('shows a facilitator account only the names, phones and roles of the session’s facilitators', async () => {
    const fynn = await test.call('createUser', {
      username: 'fynn',
      displayName: 'Fynn',
      role: 'facilitator',
      password: SAMPLE_PASSWORD,
    });
    await test.call('updateUser', {
      id: fynn.id,
      displayName: 'Fynn',
      role: 'facilitator',
      volunteerId: ready.id,
    });
    await test.call('logIn', { username: 'fynn', password: SAMPLE_PASSWORD });
    expect(await list()).toEqual([
      { displayName: 'Mara Okafor', phone: '+44 7700 900123', role: 'lead' },
    ]);
  });
});
