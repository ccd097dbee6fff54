import type { Role } from '../../shared/api/roles';
import { linkAccountToVolunteer } from './people';
import { fullVolunteer, SAMPLE_PASSWORD } from './sample-inputs';
import { insertSession } from './sessions';
import { ADMIN, createSetUpCore, sampleGroup, type TestCore } from './temp-core';

/** The words of the filed incident: no answer to anyone else may hold any of them. */
export const INCIDENT_WORDS = {
  description: 'Sunniva disclosed a bruise from her stepfather',
  actionsTaken: 'Gave Sunniva the helpline card after the circle',
  note: 'Phoned Sunniva on Monday; the school nurse is aware',
} as const;

export type Person = 'admin' | 'coordinator' | 'reporter' | 'coFacilitator' | 'otherFacilitator';

export const ACCOUNTS: Record<Person, { username: string; password: string; role: Role }> = {
  admin: { username: ADMIN.username, password: ADMIN.password, role: 'admin' },
  coordinator: { username: 'cora', password: SAMPLE_PASSWORD, role: 'coordinator' },
  reporter: { username: 'fynn', password: SAMPLE_PASSWORD, role: 'facilitator' },
  coFacilitator: { username: 'mara', password: SAMPLE_PASSWORD, role: 'facilitator' },
  otherFacilitator: { username: 'olga', password: SAMPLE_PASSWORD, role: 'facilitator' },
};

export interface IncidentWorld {
  test: TestCore;
  ownGroupId: number;
  otherGroupId: number;
  sessionId: number;
  otherSessionId: number;
  incidentId: number;
}

export const signInAs = (test: TestCore, person: Person) =>
  test.call('logIn', { username: ACCOUNTS[person].username, password: ACCOUNTS[person].password });

/**
 * "Own Circle" is co-facilitated by Fynn (who files the incident) and Mara; Olga facilitates
 * "Other Circle". Each facilitator has an account linked to their volunteer record. Ends with
 * the admin signed in.
 */
export async function buildIncidentWorld(): Promise<IncidentWorld> {
  const test = await createSetUpCore();
  for (const person of ['coordinator', 'reporter', 'coFacilitator', 'otherFacilitator'] as const) {
    const { username, password, role } = ACCOUNTS[person];
    await test.call('createUser', { username, password, displayName: username, role });
  }
  const own = await test.call('createGroup', sampleGroup({ name: 'Own Circle' }));
  const other = await test.call('createGroup', sampleGroup({ name: 'Other Circle' }));
  const volunteers = [
    ['reporter', own.id, 'Fynn', 'Holm'],
    ['coFacilitator', own.id, 'Mara', 'Okafor'],
    ['otherFacilitator', other.id, 'Olga', 'Berg'],
  ] as const;
  for (const [person, groupId, firstName, lastName] of volunteers) {
    const volunteer = await test.call(
      'createVolunteer',
      fullVolunteer({ firstName, lastName, preferredName: '' }),
    );
    await test.call('assignFacilitator', { groupId, volunteerId: volunteer.id, role: 'co' });
    await linkAccountToVolunteer(test, ACCOUNTS[person].username, volunteer.id);
  }
  const sessionId = await insertSession(test, { groupId: own.id, localDate: '2026-06-10' });
  const otherSessionId = await insertSession(test, { groupId: other.id, localDate: '2026-06-11' });
  await signInAs(test, 'reporter');
  const incident = await test.call('fileIncident', {
    sessionId,
    category: 'disclosure',
    severity: 'high',
    description: INCIDENT_WORDS.description,
    actionsTaken: INCIDENT_WORDS.actionsTaken,
    isReferralMade: true,
  });
  await signInAs(test, 'admin');
  return {
    test,
    ownGroupId: own.id,
    otherGroupId: other.id,
    sessionId,
    otherSessionId,
    incidentId: incident.id,
  };
}

/** Whether any of the incident's words appears in `value` (an answer or the audit log). */
export const holdsIncidentWords = (value: unknown): boolean =>
  // Every one of the incident's texts names Sunniva, and nothing else in the world does.
  JSON.stringify(value).includes('Sunniva');
