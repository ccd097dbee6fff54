import type { AuditLogFilters } from '../../shared/domain/audit';
import type { ListGroupsInput } from '../../shared/domain/groups';
import type { ListVolunteersInput } from '../../shared/domain/volunteers';

/** One place for cache keys, so a save invalidates exactly what it changed. */
export const queryKeys = {
  organisation: ['organisation'] as const,
  settings: ['settings'] as const,
  recoveryKeyStatus: ['recoveryKeyStatus'] as const,
  dashboard: ['dashboard'] as const,
  groups: ['groups'] as const,
  groupList: (filters: ListGroupsInput) => ['groups', 'list', filters] as const,
  group: (id: number) => ['groups', 'one', id] as const,
  groupFacilitators: (id: number) => ['groups', 'facilitators', id] as const,
  locations: ['locations'] as const,
  users: ['users'] as const,
  auditLog: ['auditLog'] as const,
  auditLogPage: (filters: AuditLogFilters) => ['auditLog', 'page', filters] as const,
  volunteers: ['volunteers'] as const,
  volunteerList: (input: ListVolunteersInput) => ['volunteers', 'list', input] as const,
  volunteer: (id: number) => ['volunteers', 'one', id] as const,
  trainings: ['trainings'] as const,
};
