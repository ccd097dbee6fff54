import { todayIn } from '../../shared/domain/civil-dates';
import { computeReadiness, type CatalogueTraining } from '../../shared/domain/readiness';
import type { TrainingCompletion } from '../../shared/domain/trainings';
import type {
  ListVolunteersQuery,
  Volunteer,
  VolunteerPage,
  VolunteerSummary,
} from '../../shared/domain/volunteers';
import { AppError } from '../app-error';
import type { Repositories } from '../store/store';
import type { StoredVolunteer } from '../store/volunteers-repository';
import type { ReadinessStates } from './readiness-states';

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
  const readiness = computeReadiness({ ...volunteer, completions }, inputs.catalogue, inputs.today);
  return { ...volunteer, readiness, completions };
}

export function groupByVolunteer<T extends { volunteerId: number }>(
  items: readonly T[],
): Map<number, T[]> {
  const byVolunteer = new Map<number, T[]>();
  for (const item of items) {
    const list = byVolunteer.get(item.volunteerId) ?? [];
    list.push(item);
    byVolunteer.set(item.volunteerId, list);
  }
  return byVolunteer;
}

/** Volunteers with their completions and readiness, in the order of `ids`. */
export async function volunteersWithReadiness(
  repos: Repositories,
  ids: readonly number[],
  inputs: ReadinessInputs,
): Promise<Volunteer[]> {
  const stored = new Map((await repos.volunteers.findMany(ids)).map((v) => [v.id, v]));
  const byVolunteer = groupByVolunteer(await repos.trainings.completionsOf(ids));
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

export async function volunteerOrFail(
  repos: Repositories,
  id: number,
  now: number,
): Promise<Volunteer> {
  const volunteer = await findVolunteer(repos, id, now);
  if (!volunteer) throw new AppError('NOT_FOUND');
  return volunteer;
}

/** An erased volunteer stays as an anonymous row: nothing about them can be written again. */
export async function changeableVolunteerOrFail(
  repos: Repositories,
  id: number,
  now: number,
): Promise<Volunteer> {
  const volunteer = await volunteerOrFail(repos, id, now);
  if (volunteer.isErased) throw new AppError('CONFLICT', 'errors.volunteerErased');
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
 * The ids of every volunteer matching the list's filters, in its order. SQL filters and sorts
 * what it can; filtered or sorted by readiness (which depends on today), every match's state
 * comes from `readinessStates` (see readiness-states.ts: kept between calls until a write or a
 * new day).
 */
async function matchingVolunteerIds(
  repos: Repositories,
  input: Omit<ListVolunteersQuery, 'offset' | 'limit'>,
  inputs: ReadinessInputs,
  readinessStates: (inputs: ReadinessInputs) => Promise<ReadinessStates>,
): Promise<number[]> {
  const { sort } = input;
  const isSortedByReadiness = sort === 'readiness';
  let ids = await repos.volunteerList.matchingIds(
    { ...input, today: inputs.today },
    sort === 'readiness' ? 'name' : sort,
    isSortedByReadiness ? 'asc' : input.direction,
  );
  if (input.readiness !== null || isSortedByReadiness) {
    const states = await readinessStates(inputs);
    const stateOf = (id: number) => states.get(id) ?? 'not_ready';
    if (input.readiness !== null) ids = ids.filter((id) => stateOf(id) === input.readiness);
    if (isSortedByReadiness) {
      const sign = input.direction === 'asc' ? 1 : -1;
      // Stable: within one state, the name order from SQL stays.
      ids = ids.toSorted(
        (a, b) => sign * (READINESS_ORDER[stateOf(a)] - READINESS_ORDER[stateOf(b)]),
      );
    }
  }
  return ids;
}

/**
 * One page of the list; readiness is worked out in full for the page only. Unless it filters
 * or sorts by readiness, SQL reads the page alone and counts the rest (see `page`).
 */
export async function listVolunteerPage(
  repos: Repositories,
  input: ListVolunteersQuery,
  now: number,
  readinessStates: (inputs: ReadinessInputs) => Promise<ReadinessStates>,
): Promise<VolunteerPage> {
  const inputs = await readinessInputs(repos, now);
  let page: { total: number; ids: readonly number[] };
  if (input.readiness === null && input.sort !== 'readiness') {
    const range = { offset: input.offset, limit: input.limit };
    page = await repos.volunteerList.page(
      { ...input, today: inputs.today },
      input.sort,
      input.direction,
      range,
    );
  } else {
    const ids = await matchingVolunteerIds(repos, input, inputs, readinessStates);
    page = { total: ids.length, ids: ids.slice(input.offset, input.offset + input.limit) };
  }
  const rows = await volunteersWithReadiness(repos, page.ids, inputs);
  return { total: page.total, rows: rows.map(toSummary) };
}

/** Every page of the list at once, for the CSV export. */
export async function listAllMatchingVolunteers(
  repos: Repositories,
  input: Omit<ListVolunteersQuery, 'offset' | 'limit'>,
  now: number,
  readinessStates: (inputs: ReadinessInputs) => Promise<ReadinessStates>,
): Promise<VolunteerSummary[]> {
  const inputs = await readinessInputs(repos, now);
  const ids = await matchingVolunteerIds(repos, input, inputs, readinessStates);
  const rows = await volunteersWithReadiness(repos, ids, inputs);
  return rows.map(toSummary);
}
