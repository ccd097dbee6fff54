import {
  buildIncidentWorld,
  holdsIncidentWords,
  INCIDENT_WORDS,
  signInAs,
  type IncidentWorld,
} from '../../support/incident-world';

// Following an incident up (open → actioned → closed, with notes), and what the audit log keeps
// of every read and change: who, which incident, the names of the fields, never the words.

let world: IncidentWorld;

beforeEach(async () => {
  world = await buildIncidentWorld();
});

afterEach(() => world.test.cleanUp());

const incidentEntries = async () =>
  (await world.test.core.vault.store.audit.latest(10_000))
    .filter((entry) => entry.entity === 'incident')
    .reverse();

describe('following an incident up', () => {
  it('moves it open → actioned → closed and back open, each note kept in order', async () => {
    const { test, incidentId: id } = world;
    await signInAs(test, 'coordinator');
    await test.call('updateIncident', { id, status: 'actioned', note: INCIDENT_WORDS.note });
    await test.call('updateIncident', { id, status: 'actioned', note: 'Waiting to hear back.' });
    await test.call('updateIncident', { id, status: 'closed', note: 'Support is in place.' });
    const reopened = await test.call('updateIncident', {
      id,
      status: 'open',
      note: 'She mentioned it again.',
    });
    expect(reopened.status).toBe('open');
    expect(reopened.notes.map((n) => [n.note, n.statusTo, n.writtenByName])).toEqual([
      [INCIDENT_WORDS.note, 'actioned', 'cora'],
      ['Waiting to hear back.', null, 'cora'],
      ['Support is in place.', 'closed', 'cora'],
      ['She mentioned it again.', 'open', 'cora'],
    ]);
    await signInAs(test, 'reporter');
    expect((await test.call('getIncident', { id })).notes).toHaveLength(4);
  });

  it('refuses to move a closed incident to actioned, keeping it and its notes as they were', async () => {
    const { test, incidentId: id } = world;
    await test.call('updateIncident', { id, status: 'closed', note: 'Resolved.' });
    const before = await test.call('getIncident', { id });
    const auditBefore = await incidentEntries();
    const error = await test.refuse('updateIncident', { id, status: 'actioned', note: 'Oops' });
    expect(error).toMatchObject({ code: 'CONFLICT', messageKey: 'incidents.errors.statusMove' });
    expect(await incidentEntries()).toEqual(auditBefore);
    expect(await test.call('getIncident', { id })).toEqual(before);
  });

  it('needs a note with every change', async () => {
    const { test, incidentId: id } = world;
    const error = await test.refuse('updateIncident', { id, status: 'closed', note: '  ' });
    expect(error.code).toBe('VALIDATION_FAILED');
    expect((await test.call('getIncident', { id })).status).toBe('open');
  });

  it('refuses facilitators, the reporter too, a change of status', async () => {
    const { test, incidentId: id } = world;
    for (const person of ['reporter', 'coFacilitator'] as const) {
      await signInAs(test, person);
      const error = await test.refuse('updateIncident', { id, status: 'closed', note: 'Done.' });
      expect(error.code).toBe('FORBIDDEN');
    }
    await signInAs(test, 'admin');
    expect(await test.call('getIncident', { id })).toMatchObject({ status: 'open', notes: [] });
  });
});

describe('the audit log of incidents', () => {
  it('records the filing, every read and every change, with field names only', async () => {
    const { test, incidentId: id, sessionId } = world;
    await signInAs(test, 'coordinator');
    await test.call('listIncidents', {});
    await test.call('listIncidents', { status: 'open', sessionId });
    await test.call('getIncident', { id });
    await test.call('updateIncident', { id, status: 'actioned', note: INCIDENT_WORDS.note });
    await test.call('updateIncident', { id, status: 'actioned', note: 'Still waiting.' });
    const entries = (await incidentEntries()).map((e) => [e.action, e.entityId, e.fields]);
    expect(entries).toEqual([
      ['file', id, ['actionsTaken', 'category', 'description', 'isReferralMade', 'severity']],
      ['read', null, []],
      ['read', null, ['status', 'sessionId']],
      ['read', id, []],
      ['update', id, ['status', 'notes']],
      ['update', id, ['notes']],
    ]);
  });

  it('holds none of the words of the incident or its notes, in the API or on disk', async () => {
    const { test, incidentId: id } = world;
    await test.call('getIncident', { id });
    await test.call('updateIncident', { id, status: 'closed', note: INCIDENT_WORDS.note });
    expect(holdsIncidentWords(await test.core.vault.store.audit.latest(10_000))).toBe(false);
    expect(holdsIncidentWords(await test.call('listAuditLog', {}))).toBe(false);
  });

  it('records nothing for a read that is refused', async () => {
    const { test, incidentId: id } = world;
    await signInAs(test, 'otherFacilitator');
    const before = await incidentEntries();
    expect((await test.refuse('getIncident', { id })).code).toBe('NOT_FOUND');
    expect(await incidentEntries()).toEqual(before);
  });
});
