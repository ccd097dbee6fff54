import type { ListGroupsInput } from '../../shared/domain/groups';

/** One place for cache keys, so a save invalidates exactly what it changed. */
export const queryKeys = {
  organisation: ['organisation'] as const,
  settings: ['settings'] as const,
  recoveryKeyStatus: ['recoveryKeyStatus'] as const,
  dashboard: ['dashboard'] as const,
  groups: ['groups'] as const,
  groupList: (filters: ListGroupsInput) => ['groups', 'list', filters] as const,
  group: (id: number) => ['groups', 'one', id] as const,
  locations: ['locations'] as const,
  users: ['users'] as const,
};
