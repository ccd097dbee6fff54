import { todayIn } from '../../shared/domain/civil-dates';
import { computeReadiness, type CatalogueTraining } from '../../shared/domain/readiness';
import type { TrainingCompletion } from '../../shared/domain/trainings';
import type {
  ListVolunteersQuery,
  Volunteer,
  VolunteerPage,
  VolunteerSummary,
} from '../../shared/domain/volunteers';
import type { Repositories } from '../store/store';
import type { StoredVolunteer } from '../store/volunteers-repository';

// Volunteers as the screens see them: stored fields plus readiness, worked out by the one rule
// in shared/domain/readiness.ts against the organisation's today.

export interface ReadinessInputs {
  today: string;
  catalogue: CatalogueTraining[];
}

export async function readinessInputs(repos: Repositories, now: number): Promise<ReadinessInputs> {
  const { timeZone } = await repos.organisation.get();
  return { today: todayIn(timeZone, now), catalogue: await repos.trainings.catalogue() };
}

function withReadiness(
  volunteer: StoredVolunteer,
  completions: TrainingCompletion[],
  inputs: ReadinessInputs,
): Volunteer {
  const readiness = computeReadiness(
    { ...volunteer, isErased: volunteer.isErased, completions },
    inputs.catalogue,
    inputs.today,
  );
  return { ...volunteer, readiness, completions };
}

/** Volunteers with their completions and readiness, in the order of `ids`. */
export async function volunteersWithReadiness(
  repos: Repositories,
  ids: readonly number[],
  inputs: ReadinessInputs,
): Promise<Volunteer[]> {
  const stored = new Map((await repos.volunteers.findMany(ids)).map((v) => [v.id, v]));
  const completions = await repos.trainings.completionsOf(ids);
  const byVolunteer = new Map<number, TrainingCompletion[]>();
  for (const completion of completions) {
    const list = byVolunteer.get(completion.volunteerId) ?? [];
    list.push(completion);
    byVolunteer.set(completion.volunteerId, list);
  }
  return ids.flatMap((id) => {
    const volunteer = stored.get(id);
    return volunteer ? [withReadiness(volunteer, byVolunteer.get(id) ?? [], inputs)] : [];
  });
}

export async function findVolunteer(
  repos: Repositories,
  id: number,
  now: number,
): Promise<Volunteer | undefined> {
  const [volunteer] = await volunteersWithReadiness(repos, [id], await readinessInputs(repos, now));
  return volunteer;
}

function toSummary(v: Volunteer): VolunteerSummary {
  return {
    id: v.id,
    displayName: v.displayName,
    firstName: v.firstName,
    lastName: v.lastName,
    pronouns: v.pronouns,
    phone: v.phone,
    email: v.email,
    languages: v.languages,
    status: v.status,
    startDate: v.startDate,
    backgroundCheckStatus: v.backgroundCheckStatus,
    backgroundCheckExpiresOn: v.backgroundCheckExpiresOn,
    readiness: v.readiness,
    isErased: v.isErased,
  };
}

const READINESS_ORDER = { not_ready: 0, expiring: 1, ready: 2 } as const;

/**
 * One page of the list. SQL filters and sorts what it can; readiness (which depends on today)
 * is worked out for the page only, unless the list is filtered or sorted by it.
 */
export async function listVolunteerPage(
  repos: Repositories,
  input: ListVolunteersQuery,
  now: number,
): Promise<VolunteerPage> {
  const inputs = await readinessInputs(repos, now);
  const byReadiness = input.readiness !== null || input.sort === 'readiness';
  const ids = await repos.volunteers.matchingIds(
    { ...input, today: inputs.today },
    input.sort === 'readiness' ? 'name' : input.sort,
    input.sort === 'readiness' ? 'asc' : input.direction,
  );
  if (!byReadiness) {
    const page = ids.slice(input.offset, input.offset + input.limit);
    const rows = await volunteersWithReadiness(repos, page, inputs);
    return { total: ids.length, rows: rows.map(toSummary) };
  }
  let all = await volunteersWithReadiness(repos, ids, inputs);
  if (input.readiness !== null) all = all.filter((v) => v.readiness.state === input.readiness);
  if (input.sort === 'readiness') {
    const sign = input.direction === 'asc' ? 1 : -1;
    // Stable: within one state, the name order from SQL stays.
    all = all.toSorted(
      (a, b) => sign * (READINESS_ORDER[a.readiness.state] - READINESS_ORDER[b.readiness.state]),
    );
  }
  return {
    total: all.length,
    rows: all.slice(input.offset, input.offset + input.limit).map(toSummary),
  };
}
