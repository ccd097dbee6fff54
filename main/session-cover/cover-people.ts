import { readinessForRole, type FacilitatorRole } from '../../shared/domain/facilitators';
import {
  computeReadiness,
  type Readiness,
  type VolunteerReadiness,
} from '../../shared/domain/readiness';
import type { Repositories } from '../store/store';
import type { StoredVolunteer } from '../store/volunteers-repository';
import { groupByVolunteer, readinessInputs } from '../volunteers/volunteer-views';

// The people of a set of sessions, read in three queries whatever their number, with readiness
// by the one rule (shared/domain/readiness.ts) on each session's day: a lead whose training
// lapses the day before a session is not ready for it, although they are today. The core's
// cache of readiness states answers for today only, so it cannot say that.

export interface CoverPeople {
  today: string;
  volunteer(id: number): StoredVolunteer | undefined;
  /** Readiness for `role` on the session's date (today, for a session already past). */
  readiness(id: number, role: FacilitatorRole, sessionDate: string): Readiness;
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
  const stored = new Map((await repos.volunteers.findMany(unique)).map((v) => [v.id, v]));
  const completions = groupByVolunteer(await repos.trainings.completionsOf(unique));
  // A window has a few hundred sessions over a fortnight: each person is worked out once a day.
  const known = new Map<string, VolunteerReadiness>();
  const readinessOn = (id: number, day: string): VolunteerReadiness => {
    const key = `${id}|${day}`;
    let readiness = known.get(key);
    if (readiness === undefined) {
      const volunteer = stored.get(id);
      readiness = volunteer
        ? computeReadiness(
            { ...volunteer, completions: completions.get(id) ?? [] },
            inputs.catalogue,
            day,
          )
        : UNKNOWN;
      known.set(key, readiness);
    }
    return readiness;
  };
  return {
    today: inputs.today,
    volunteer: (id) => stored.get(id),
    readiness: (id, role, sessionDate) =>
      readinessForRole(
        readinessOn(id, sessionDate > inputs.today ? sessionDate : inputs.today),
        role,
      ),
  };
}
