import { readinessForRole, type FacilitatorRole } from '../../shared/domain/facilitators';
import { addDays } from '../../shared/domain/civil-dates';
import {
  computeReadiness,
  EXPIRY_WARNING_DAYS,
  type Readiness,
  type VolunteerReadiness,
} from '../../shared/domain/readiness';
import type { Repositories } from '../store/store';
import type { CoverVolunteer } from '../store/volunteers-repository';
import { groupByVolunteer, readinessInputs } from '../volunteers/volunteer-views';

// The people of a set of sessions, read in three queries whatever their number (only the
// columns readiness, names and availability need, and each training's latest completion),
// with readiness by the one rule (shared/domain/readiness.ts) on each session's day: a lead whose training
// lapses the day before a session is not ready for it, although they are today. The core's
// cache of readiness states answers for today only, so it cannot say that.

export interface CoverPeople {
  today: string;
  volunteer(id: number): CoverVolunteer | undefined;
  /** Readiness for `role` on the session's date (today, for a session already past). */
  readiness(id: number, role: FacilitatorRole, sessionDate: string): Readiness;
  /** Whether they are not ready for `role` on the session's date: what gaps and conflicts ask. */
  isNotReady(id: number, role: FacilitatorRole, sessionDate: string): boolean;
}

const UNKNOWN: VolunteerReadiness = {
  state: 'not_ready',
  problems: [{ item: 'status', reason: 'erased' }],
  lead: { state: 'not_ready', problems: [{ item: 'status', reason: 'erased' }] },
};

export async function coverPeople(
  repos: Repositories,
  ids: readonly number[],
  now: number,
): Promise<CoverPeople> {
  const inputs = await readinessInputs(repos, now);
  const unique = [...new Set(ids)];
  const stored = new Map((await repos.volunteers.coverFactsOf(unique)).map((v) => [v.id, v]));
  const completions = groupByVolunteer(await repos.trainings.latestCompletions(unique));
  // A window has a few hundred sessions over a fortnight: each person is worked out once a day.
  // By day, then by person: thousands of look-ups a call, so no key strings are built.
  const known = new Map<string, Map<number, VolunteerReadiness>>();
  const readinessOn = (id: number, day: string): VolunteerReadiness => {
    let onDay = known.get(day);
    if (onDay === undefined) {
      onDay = new Map();
      known.set(day, onDay);
    }
    let readiness = onDay.get(id);
    if (readiness === undefined) {
      const volunteer = stored.get(id);
      readiness = volunteer
        ? computeReadiness(
            { ...volunteer, completions: completions.get(id) ?? [] },
            inputs.catalogue,
            day,
          )
        : UNKNOWN;
      onDay.set(id, readiness);
    }
    return readiness;
  };
  const readiness = (id: number, role: FacilitatorRole, sessionDate: string) =>
    readinessForRole(
      readinessOn(id, sessionDate > inputs.today ? sessionDate : inputs.today),
      role,
    );
  const warnUntil = addDays(inputs.today, EXPIRY_WARNING_DAYS);
  return {
    today: inputs.today,
    volunteer: (id) => stored.get(id),
    readiness,
    // Most people are answered from today's readiness, worked out once each: not ready today
    // stays so (nothing lapsed comes back by itself), and ready today with nothing lapsing
    // within the warning window is still ready then. Only the rest is worked out on the day.
    isNotReady(id, role, sessionDate) {
      const { state } = readiness(id, role, inputs.today);
      if (state === 'not_ready') return true;
      if (state === 'ready' && sessionDate <= warnUntil) return false;
      return readiness(id, role, sessionDate).state === 'not_ready';
    },
  };
}
