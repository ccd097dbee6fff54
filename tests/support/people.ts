import type { MethodOutput } from '../../shared/api/contract';
import { withRawVaultDatabase } from './raw-database';
import { fullVolunteer } from './sample-inputs';
import { ADMIN, type TestCore } from './temp-core';

/** 15 June 2026, noon in London: the day the people tests live on. */
export const PEOPLE_NOW = Date.UTC(2026, 5, 15, 12, 0);

/**
 * A training every co-facilitator needs, one volunteer who completed it in time (ready) and one
 * whose completion lapsed in 2025 (not ready: "Safeguarding expired").
 */
export async function addReadyAndExpiredVolunteers(test: TestCore): Promise<{
  ready: MethodOutput<'createVolunteer'>;
  expired: MethodOutput<'createVolunteer'>;
}> {
  const training = await test.call('createTraining', {
    name: 'Safeguarding',
    validityMonths: 12,
    isRequiredForCo: true,
    isRequiredForLead: true,
  });
  const ready = await test.call('createVolunteer', fullVolunteer());
  const expired = await test.call(
    'createVolunteer',
    fullVolunteer({
      firstName: 'Jonas',
      lastName: 'Berg',
      preferredName: '',
      phone: '0161 496 0000',
    }),
  );
  for (const [volunteer, completedOn] of [
    [ready, '2026-03-01'],
    [expired, '2024-03-01'],
  ] as const) {
    await test.call('recordTrainingCompletion', {
      volunteerId: volunteer.id,
      trainingId: training.id,
      completedOn,
    });
  }
  return { ready, expired };
}

/**
 * Links a user account to a volunteer behind the core's back (the users screen that does it
 * through the API is built elsewhere). Locks, writes, and signs the admin back in.
 */
export async function linkAccountToVolunteer(
  test: TestCore,
  username: string,
  volunteerId: number | null,
): Promise<void> {
  await test.call('lock', {});
  await withRawVaultDatabase(test.dataDir, ADMIN, (raw) =>
    raw
      .prepare('UPDATE app_user SET volunteer_id = ? WHERE username = ?')
      .run(volunteerId, username),
  );
  await test.call('logIn', { username: ADMIN.username, password: ADMIN.password });
}

/**
 * Makes a lead training (12 months) that `volunteerId` completed on 2025-06-19: good through
 * 2026-06-19 (expiring, still ready, at PEOPLE_NOW), lapsed from the 20th.
 */
export async function addLeadTrainingLapsingAfterJune19(
  test: TestCore,
  volunteerId: number,
): Promise<void> {
  const training = await test.call('createTraining', {
    name: 'Leading circles',
    validityMonths: 12,
    isRequiredForCo: false,
    isRequiredForLead: true,
  });
  await test.call('recordTrainingCompletion', {
    volunteerId,
    trainingId: training.id,
    completedOn: '2025-06-19',
  });
}
