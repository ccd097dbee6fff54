import { addReadyAndExpiredVolunteers, PEOPLE_NOW } from '../../support/people';
import { fullVolunteer } from '../../support/sample-inputs';
import { createSetUpCore, sampleGroup } from '../../support/temp-core';

type SetUpCore = Awaited<ReturnType<typeof createSetUpCore>>;

const REASON = 'Has led this circle for three years; the refresher is booked for July.';

describe('group facilitators', () => {
  let test: SetUpCore;
  let groupId: number;
  let ready: { id: number };
  let expired: { id: number };

  beforeEach(async () => {
    test = await createSetUpCore(() => PEOPLE_NOW);
    groupId = (await test.call('createGroup', sampleGroup())).id;
    ({ ready, expired } = await addReadyAndExpiredVolunteers(test));
  });

  afterEach(() => test.cleanUp());

  const latestAudit = async () => (await test.core.vault.store.audit.latest(1))[0];

  it('assigns a ready volunteer without a warning and lists them with name, phone and readiness', async () => {
    const result = await test.call('assignFacilitator', {
      groupId,
      volunteerId: ready.id,
      role: 'lead',
    });
    expect(result.warning).toBeNull();
    expect(await test.call('listGroupFacilitators', { groupId })).toEqual([
      {
        volunteerId: ready.id,
        displayName: 'Mara Okafor',
        phone: '+44 7700 900123',
        role: 'lead',
        overrideReason: '',
        readiness: { state: 'ready', problems: [] },
      },
    ]);
    expect(await latestAudit()).toMatchObject({
      action: 'assign_facilitator',
      entity: 'group',
      entityId: groupId,
      fields: ['volunteerId', 'role'],
    });
  });

  it('assigns a volunteer whose training expired as co-facilitator, with a warning', async () => {
    const result = await test.call('assignFacilitator', {
      groupId,
      volunteerId: expired.id,
      role: 'co',
    });
    expect(result.warning).toBe('not_ready');
    expect(result.facilitator.readiness.problems).toContainEqual(
      expect.objectContaining({ item: 'training', reason: 'expired', date: '2025-03-01' }),
    );
  });

  it.each([
    ['no reason', undefined],
    ['a reason of spaces only', '   '],
  ])(
    'refuses to make someone not ready the lead with %s, and changes nothing',
    async (_what, reason) => {
      const auditBefore = await test.core.vault.store.audit.latest(100);
      const error = await test.refuse('assignFacilitator', {
        groupId,
        volunteerId: expired.id,
        role: 'lead',
        ...(reason === undefined ? {} : { overrideReason: reason }),
      });
      expect(error).toMatchObject({ code: 'CONFLICT', messageKey: 'errors.leadNotReady' });
      expect(error.fieldErrors).toEqual([
        { path: 'overrideReason', messageKey: 'errors.leadNotReady' },
      ]);
      expect(await test.call('listGroupFacilitators', { groupId })).toEqual([]);
      expect(await test.core.vault.store.audit.latest(100)).toEqual(auditBefore);
    },
  );

  it('makes someone not ready the lead with a written reason, kept on the row and not in the audit log', async () => {
    const result = await test.call('assignFacilitator', {
      groupId,
      volunteerId: expired.id,
      role: 'lead',
      overrideReason: `  ${REASON}  `,
    });
    expect(result.warning).toBe('not_ready');
    expect(result.facilitator).toMatchObject({ role: 'lead', overrideReason: REASON });
    const entry = await latestAudit();
    expect(entry).toMatchObject({
      action: 'assign_lead_override',
      entity: 'group',
      entityId: groupId,
      fields: ['volunteerId', 'role', 'overrideReason'],
    });
    expect(JSON.stringify(await test.core.vault.store.audit.latest(100))).not.toContain(
      'refresher',
    );
  });

  it('refuses an override reason longer than 500 characters', async () => {
    const error = await test.refuse('assignFacilitator', {
      groupId,
      volunteerId: expired.id,
      role: 'lead',
      overrideReason: 'x'.repeat(501),
    });
    expect(error.fieldErrors).toContainEqual(expect.objectContaining({ path: 'overrideReason' }));
  });

  it('keeps no reason for someone ready, or for a co-facilitator', async () => {
    await test.call('assignFacilitator', {
      groupId,
      volunteerId: ready.id,
      role: 'lead',
      overrideReason: REASON,
    });
    await test.call('assignFacilitator', {
      groupId,
      volunteerId: expired.id,
      role: 'backup',
      overrideReason: REASON,
    });
    const rows = await test.call('listGroupFacilitators', { groupId });
    expect(rows.map((row) => ('overrideReason' in row ? row.overrideReason : null))).toEqual([
      '',
      '',
    ]);
  });

  it('lists the lead first, then co-facilitators, then backups', async () => {
    const third = await test.call('createVolunteer', fullVolunteer({ firstName: 'Lin' }));
    await test.call('assignFacilitator', { groupId, volunteerId: third.id, role: 'backup' });
    await test.call('assignFacilitator', { groupId, volunteerId: expired.id, role: 'co' });
    await test.call('assignFacilitator', { groupId, volunteerId: ready.id, role: 'lead' });
    const rows = await test.call('listGroupFacilitators', { groupId });
    expect(rows.map((row) => ('role' in row ? row.role : null))).toEqual(['lead', 'co', 'backup']);
  });

  it('refuses a volunteer who already facilitates the group', async () => {
    await test.call('assignFacilitator', { groupId, volunteerId: ready.id, role: 'co' });
    expect(
      await test.refuse('assignFacilitator', { groupId, volunteerId: ready.id, role: 'backup' }),
    ).toMatchObject({ code: 'CONFLICT', messageKey: 'errors.facilitatorAlreadyAssigned' });
  });

  it('refuses an inactive volunteer and an erased one', async () => {
    await test.call('deactivateVolunteer', { id: ready.id });
    expect(
      await test.refuse('assignFacilitator', { groupId, volunteerId: ready.id, role: 'co' }),
    ).toMatchObject({ code: 'CONFLICT', messageKey: 'errors.volunteerInactive' });
    await test.call('eraseVolunteer', { id: expired.id, confirmName: 'Jonas Berg' });
    expect(
      await test.refuse('assignFacilitator', { groupId, volunteerId: expired.id, role: 'co' }),
    ).toMatchObject({ code: 'CONFLICT', messageKey: 'errors.volunteerErased' });
  });

  it('refuses an unknown group or volunteer', async () => {
    expect(
      await test.refuse('assignFacilitator', { groupId: 999, volunteerId: ready.id, role: 'co' }),
    ).toMatchObject({ code: 'NOT_FOUND' });
    expect(
      await test.refuse('assignFacilitator', { groupId, volunteerId: 999, role: 'co' }),
    ).toMatchObject({
      code: 'VALIDATION_FAILED',
      fieldErrors: [{ path: 'volunteerId', messageKey: 'validation.invalidChoice' }],
    });
  });

  it('asks for a reason when a not-ready co-facilitator is made lead, and drops it when they step down', async () => {
    await test.call('assignFacilitator', { groupId, volunteerId: expired.id, role: 'co' });
    expect(
      await test.refuse('changeFacilitatorRole', {
        groupId,
        volunteerId: expired.id,
        role: 'lead',
      }),
    ).toMatchObject({ code: 'CONFLICT', messageKey: 'errors.leadNotReady' });
    await test.call('changeFacilitatorRole', {
      groupId,
      volunteerId: expired.id,
      role: 'lead',
      overrideReason: REASON,
    });
    expect(await latestAudit()).toMatchObject({
      action: 'assign_lead_override',
      fields: ['role', 'overrideReason'],
    });
    const stepDown = await test.call('changeFacilitatorRole', {
      groupId,
      volunteerId: expired.id,
      role: 'backup',
    });
    expect(stepDown.facilitator).toMatchObject({ role: 'backup', overrideReason: '' });
    expect(await latestAudit()).toMatchObject({ action: 'change_facilitator', fields: ['role'] });
  });

  it('refuses to change the role of someone who does not facilitate the group', async () => {
    expect(
      await test.refuse('changeFacilitatorRole', { groupId, volunteerId: ready.id, role: 'co' }),
    ).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('removes a facilitator, and says NOT_FOUND for someone not assigned', async () => {
    await test.call('assignFacilitator', { groupId, volunteerId: ready.id, role: 'co' });
    await test.call('removeFacilitator', { groupId, volunteerId: ready.id });
    expect(await test.call('listGroupFacilitators', { groupId })).toEqual([]);
    expect(await latestAudit()).toMatchObject({
      action: 'remove_facilitator',
      entityId: groupId,
      fields: ['volunteerId'],
    });
    expect(
      await test.refuse('removeFacilitator', { groupId, volunteerId: ready.id }),
    ).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('ends the assignments of a volunteer whose personal data is erased', async () => {
    const other = (await test.call('createGroup', sampleGroup({ name: 'Carers' }))).id;
    await test.call('assignFacilitator', { groupId, volunteerId: expired.id, role: 'co' });
    await test.call('assignFacilitator', {
      groupId: other,
      volunteerId: expired.id,
      role: 'backup',
    });
    await test.call('assignFacilitator', { groupId, volunteerId: ready.id, role: 'lead' });
    await test.call('eraseVolunteer', { id: expired.id, confirmName: 'Jonas Berg' });
    expect(
      (await test.call('listGroupFacilitators', { groupId })).map((r) => r.displayName),
    ).toEqual(['Mara Okafor']);
    expect(await test.call('listGroupFacilitators', { groupId: other })).toEqual([]);
  });
});
