import type { MethodInput } from '../../../shared/api/contract';
import { addMonths, todayIn } from '../../../shared/domain/civil-dates';
import { DEMO_ADMIN, DEMO_PASSWORD, withTestCore, type Caller } from './demo-centre';

// Volunteers for the e2e tests, made through the API by the same core the app runs, before the
// browser host opens the data folder (one process owns a data folder at a time).

/** Runs `use` with the centre's admin signed in to a core on `dataDir`, then closes it. */
export function asDemoAdmin(dataDir: string, use: (call: Caller) => Promise<void>) {
  return withTestCore(dataDir, async (call) => {
    await call('logIn', { username: DEMO_ADMIN, password: DEMO_PASSWORD });
    await use(call);
  });
}

export const today = () => todayIn('Europe/London');
export const monthsAgo = (months: number) => addMonths(today(), -months);

/** A volunteer who is ready to co-facilitate once the required training is recorded. */
export const activeCleared = (
  firstName: string,
  lastName: string,
): MethodInput<'createVolunteer'> => ({
  firstName,
  lastName,
  status: 'active',
  startDate: monthsAgo(6),
  phone: '01632 960 000',
  languages: ['en'],
  backgroundCheckStatus: 'cleared',
  backgroundCheckDate: monthsAgo(6),
  backgroundCheckExpiresOn: addMonths(today(), 30),
});
