import type { ApiResult } from '../../../shared/api/errors';
import {
  buildIncidentWorld,
  holdsIncidentWords,
  INCIDENT_WORDS,
  signInAs,
  type IncidentWorld,
  type Person,
} from '../../support/incident-world';

// Who can see a safeguarding incident (issue 10 item 5): staff see all, the reporter sees their
// own, and nobody else finds a trace of it, through incidents or through any other answer.

let world: IncidentWorld;

beforeAll(async () => {
  world = await buildIncidentWorld();
});

afterAll(() => world.test.cleanUp());

const codeOf = (result: ApiResult<unknown>) => (result.ok ? 'ok' : result.error.code);

/** Every other answer a person can get that could count, list or find the incident. */
async function otherAnswers(): Promise<Record<string, ApiResult<unknown>>> {
  const { test, sessionId } = world;
  return {
    dashboard: await test.core.call('getDashboard', {}),
    volunteerSearch: await test.core.call('listVolunteers', { search: 'Sunniva' }),
    volunteers: await test.core.call('listVolunteers', {}),
    sessions: await test.core.call('listSessions', { from: '2026-06-01', to: '2026-06-30' }),
    session: await test.core.call('getSession', { id: sessionId }),
    publicSnapshot: await test.core.call('getPublicSnapshot', {}),
  };
}

describe.each<Person>(['admin', 'coordinator', 'reporter'])('for the %s', (person) => {
  beforeEach(() => signInAs(world.test, person));

  it('lists the incident without what happened', async () => {
    const rows = await world.test.call('listIncidents', {});
    expect(rows.map((row) => row.id)).toEqual([world.incidentId]);
    expect(rows[0]).toMatchObject({
      category: 'disclosure',
      status: 'open',
      groupName: 'Own Circle',
    });
    expect(holdsIncidentWords(rows)).toBe(false);
  });

  it('lists it among the open incidents and the incidents of its session', async () => {
    const { test, sessionId, otherSessionId } = world;
    expect(await test.call('listIncidents', { status: 'open' })).toHaveLength(1);
    expect(await test.call('listIncidents', { sessionId })).toHaveLength(1);
    expect(await test.call('listIncidents', { status: 'closed' })).toEqual([]);
    expect(await test.call('listIncidents', { sessionId: otherSessionId })).toEqual([]);
  });

  it('reads the incident with its content, who reported it and the session date', async () => {
    const incident = await world.test.call('getIncident', { id: world.incidentId });
    expect(incident).toMatchObject({
      description: INCIDENT_WORDS.description,
      actionsTaken: INCIDENT_WORDS.actionsTaken,
      isReferralMade: true,
      reportedByName: 'fynn',
      occurredOn: '2026-06-10',
      sessionId: world.sessionId,
      groupId: world.ownGroupId,
    });
  });

  it('finds the words of the incident in no other answer', async () => {
    for (const [name, answer] of Object.entries(await otherAnswers())) {
      expect([name, holdsIncidentWords(answer)]).toEqual([name, false]);
    }
  });
});

describe.each<Person>(['coFacilitator', 'otherFacilitator'])('for the %s', (person) => {
  beforeEach(() => signInAs(world.test, person));

  it('lists no incident, whatever the filter', async () => {
    const { test, sessionId } = world;
    expect(await test.call('listIncidents', {})).toEqual([]);
    expect(await test.call('listIncidents', { status: 'open' })).toEqual([]);
    expect(await test.call('listIncidents', { sessionId })).toEqual([]);
  });

  it('gets the same NOT_FOUND for the incident as for one that does not exist', async () => {
    const existing = await world.test.core.call('getIncident', { id: world.incidentId });
    const missing = await world.test.core.call('getIncident', { id: 9_999 });
    expect(codeOf(existing)).toBe('NOT_FOUND');
    expect(existing).toEqual(missing);
  });

  it('finds no trace of an incident in any other answer', async () => {
    for (const [name, answer] of Object.entries(await otherAnswers())) {
      expect([name, holdsIncidentWords(answer)]).toEqual([name, false]);
      expect([name, /incident/i.test(JSON.stringify(answer))]).toEqual([name, false]);
    }
  });
});

describe('filing', () => {
  it('refuses a facilitator filing from a session of another group, storing nothing', async () => {
    const { test, otherSessionId } = world;
    await signInAs(test, 'reporter');
    const error = await test.refuse('fileIncident', {
      sessionId: otherSessionId,
      category: 'other',
      severity: 'low',
      description: 'Not my group',
    });
    expect(error.code).toBe('FORBIDDEN');
    await signInAs(test, 'admin');
    expect(await test.call('listIncidents', {})).toHaveLength(1);
  });

  it('lets staff file from any session, and lists it for staff but not for the reporter', async () => {
    const { test, otherSessionId } = world;
    await signInAs(test, 'coordinator');
    const filed = await test.call('fileIncident', {
      sessionId: otherSessionId,
      category: 'medical',
      severity: 'medium',
      description: 'A participant fainted; ambulance called.',
    });
    expect(filed).toMatchObject({ status: 'open', actionsTaken: '', isReferralMade: false });
    expect(filed.notes).toEqual([]);
    await signInAs(test, 'admin');
    expect((await test.call('listIncidents', {})).map((row) => row.id)).toContain(filed.id);
    await signInAs(test, 'reporter');
    expect((await test.call('listIncidents', {})).map((row) => row.id)).toEqual([world.incidentId]);
    expect((await test.core.call('getIncident', { id: filed.id })).ok).toBe(false);
  });
});
