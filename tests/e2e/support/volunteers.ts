import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract';
import { addMonths, todayIn } from '../../../shared/domain/civil-dates';
import { Core } from '../../../main/core/core';
import { DEMO_ADMIN, DEMO_PASSWORD } from './demo-centre';

// Volunteers for the e2e tests, made through the API by the same core the app runs, before the
// browser host opens the data folder (one process owns a data folder at a time).

type Caller = <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<MethodOutput<M>>;

/** Runs `use` with the centre's admin signed in to a core on `dataDir`, then closes it. */
export async function asDemoAdmin(dataDir: string, use: (call: Caller) => Promise<void>) {
  const core = new Core({ dataDir, isIdleLockTimerOn: false });
  const call: Caller = async (method, input) => {
    const result = await core.call(method, input);
    if (!result.ok) throw new Error(`${method} refused: ${JSON.stringify(result.error)}`);
    return result.value as never;
  };
  try {
    await call('logIn', { username: DEMO_ADMIN, password: DEMO_PASSWORD });
    await use(call);
  } finally {
    await core.close();
  }
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
