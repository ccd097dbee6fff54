import type {
  GroupFocus,
  GroupFormat,
  GroupStatus,
  GroupSummary,
  ListGroupsInput,
} from '../../shared/domain/groups';

/** 'current' hides archived groups: what a coordinator means by "my groups" most days. */
export type StatusFilter = 'current' | 'all' | GroupStatus;

export interface GroupFilters {
  search: string;
  status: StatusFilter;
  focus: GroupFocus | '';
  format: GroupFormat | '';
}

export const DEFAULT_FILTERS: GroupFilters = {
  search: '',
  status: 'current',
  focus: '',
  format: '',
};

export function isDefaultFilters(filters: GroupFilters): boolean {
  return (
    filters.search.trim() === '' &&
    filters.status === DEFAULT_FILTERS.status &&
    filters.focus === '' &&
    filters.format === ''
  );
}

export function toListInput(filters: GroupFilters): ListGroupsInput {
  const status = filters.status === 'current' || filters.status === 'all' ? null : filters.status;
  return {
    search: filters.search.trim(),
    status,
    focus: filters.focus === '' ? null : filters.focus,
    format: filters.format === '' ? null : filters.format,
  };
}

/** The API knows single statuses; "all but archived" is applied here. */
export function applyStatusFilter(groups: GroupSummary[], status: StatusFilter): GroupSummary[] {
  return status === 'current' ? groups.filter((group) => group.status !== 'archived') : groups;
}
