// The volunteer list's filters, sort and page live in the address (`#/volunteers?status=active&
// page=2`), so Back returns to the same page of the same list, and a reload keeps it.
import { READINESS_STATES, type ReadinessState } from '../../shared/domain/readiness';
import {
  BACKGROUND_CHECK_FILTERS,
  type ExportVolunteersInput,
  VOLUNTEER_SORTS,
  VOLUNTEER_STATUSES,
  type ListVolunteersInput,
  type VolunteerStatus,
} from '../../shared/domain/volunteers';

/** 50 rows: one screen-reader-friendly table that prints on a page or two. */
export const VOLUNTEERS_PER_PAGE = 50;

type BackgroundCheckFilter = (typeof BACKGROUND_CHECK_FILTERS)[number];
export type VolunteerSort = (typeof VOLUNTEER_SORTS)[number];
export type SortDirection = 'asc' | 'desc';

export interface VolunteerListState {
  search: string;
  status: VolunteerStatus | '';
  language: string;
  readiness: ReadinessState | '';
  backgroundCheck: BackgroundCheckFilter | '';
  sort: VolunteerSort;
  direction: SortDirection;
  /** 1-based, as people count pages. */
  page: number;
}

export const DEFAULT_LIST_STATE: VolunteerListState = {
  search: '',
  status: '',
  language: '',
  readiness: '',
  backgroundCheck: '',
  sort: 'name',
  direction: 'asc',
  page: 1,
};

/** What the address holds: only what differs from the defaults, so a plain list stays `#/volunteers`. */
export type VolunteerListSearch = Partial<VolunteerListState>;

function oneOf<T extends string>(values: readonly T[], value: unknown): T | undefined {
  return values.find((known) => known === value);
}

/** Reads the address leniently: a hand-edited or stale value falls back to the default. */
export function parseVolunteerListSearch(raw: Record<string, unknown>): VolunteerListSearch {
  const text = (value: unknown) => (typeof value === 'string' ? value.slice(0, 120) : undefined);
  const page = Number(raw.page);
  return dropDefaults({
    search: text(raw.search) ?? '',
    status: oneOf(VOLUNTEER_STATUSES, raw.status) ?? '',
    language: text(raw.language) ?? '',
    readiness: oneOf(READINESS_STATES, raw.readiness) ?? '',
    backgroundCheck: oneOf(BACKGROUND_CHECK_FILTERS, raw.backgroundCheck) ?? '',
    sort: oneOf(VOLUNTEER_SORTS, raw.sort) ?? 'name',
    direction: oneOf(['asc', 'desc'] as const, raw.direction) ?? 'asc',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  });
}

export function dropDefaults(state: VolunteerListState): VolunteerListSearch {
  return Object.fromEntries(
    Object.entries(state).filter(
      ([key, value]) => value !== DEFAULT_LIST_STATE[key as keyof VolunteerListState],
    ),
  );
}

export function listStateOf(search: VolunteerListSearch): VolunteerListState {
  return { ...DEFAULT_LIST_STATE, ...search };
}

/** Whether anything narrows the list (sort and page do not). */
export function isFiltered(state: VolunteerListState): boolean {
  return (
    state.search.trim() !== '' ||
    state.status !== '' ||
    state.language !== '' ||
    state.readiness !== '' ||
    state.backgroundCheck !== ''
  );
}

/** A new filter starts again on page 1: page 7 of the old list means nothing in the new one. */
export function withFilters(
  state: VolunteerListState,
  change: Partial<Omit<VolunteerListState, 'sort' | 'direction' | 'page'>>,
): VolunteerListState {
  return { ...state, ...change, page: 1 };
}

export function clearFilters(state: VolunteerListState): VolunteerListState {
  return { ...DEFAULT_LIST_STATE, sort: state.sort, direction: state.direction };
}

/** A column header pressed: the same column turns round, another one starts ascending. */
export function sortedBy(state: VolunteerListState, sort: VolunteerSort): VolunteerListState {
  const direction = state.sort === sort && state.direction === 'asc' ? 'desc' : 'asc';
  return { ...state, sort, direction, page: 1 };
}

export function toListVolunteersInput(state: VolunteerListState): ListVolunteersInput {
  return {
    search: state.search.trim(),
    status: state.status || null,
    language: state.language || null,
    readiness: state.readiness || null,
    backgroundCheck: state.backgroundCheck || null,
    sort: state.sort,
    direction: state.direction,
    offset: (state.page - 1) * VOLUNTEERS_PER_PAGE,
    limit: VOLUNTEERS_PER_PAGE,
  };
}

/** The whole list, every page, as the CSV export asks for it. */
export function toExportVolunteersInput(state: VolunteerListState): ExportVolunteersInput {
  const { offset: _offset, limit: _limit, ...filters } = toListVolunteersInput(state) ?? {};
  return filters;
}

/** The last page that has rows, so a list that shrank (someone erased) never shows an empty page. */
export function lastPage(total: number): number {
  return Math.max(1, Math.ceil(total / VOLUNTEERS_PER_PAGE));
}
