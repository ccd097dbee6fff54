import type { AuditLogFilters } from '../../shared/domain/audit';
import type { ListGroupsInput } from '../../shared/domain/groups';
import type { ListIncidentsInput } from '../../shared/domain/incidents';
import type { Period } from '../../shared/domain/hours';
import type {
  ListCalendarDaysInput,
  ListSessionPageInput,
  ListSessionsInput,
} from '../../shared/domain/sessions';
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
  volunteerPick: (search: string) => ['volunteers', 'pick', search] as const,
  trainings: ['trainings'] as const,
  resources: ['resources'] as const,
  removedResources: ['resources', 'removed'] as const,
  /** Everything a printout reads (the public data, and each printable's own). */
  print: ['print'] as const,
  // Everything about sessions sits under one prefix: a session write (record, cancel, cover,
  // closure, schedule change) invalidates `queryKeys.sessions` and every view of them refreshes.
  sessions: ['sessions'] as const,
  sessionList: (input: ListSessionsInput) => ['sessions', 'list', input] as const,
  calendarDays: (input: ListCalendarDaysInput) => ['sessions', 'calendarDays', input] as const,
  sessionPage: (input: ListSessionPageInput) => ['sessions', 'page', input] as const,
  thisWeek: (from: string) => ['sessions', 'thisWeek', from] as const,
  session: (id: number) => ['sessions', 'one', id] as const,
  sessionFacilitators: (id: number) => ['sessions', 'facilitators', id] as const,
  sessionAttendance: (id: number) => ['sessions', 'attendance', id] as const,
  coverageGaps: ['sessions', 'coverageGaps'] as const,
  coverConflicts: ['sessions', 'conflicts'] as const,
  sessionCoverConflicts: (sessionId: number) => ['sessions', 'conflicts', sessionId] as const,
  needsRecord: ['sessions', 'needsRecord'] as const,
  myNextSession: ['sessions', 'myNext'] as const,
  attendanceTrend: ['sessions', 'attendanceTrend'] as const,
  closures: ['sessions', 'closures'] as const,
  /** The schedule change an edited group form would make (its fields as JSON). */
  scheduleChangePreview: (edited: string) => ['sessions', 'scheduleChange', edited] as const,
  participants: (groupId: number) => ['sessions', 'participants', groupId] as const,
  incidents: ['incidents'] as const,
  incident: (id: number) => ['incidents', 'one', id] as const,
  incidentList: (input: ListIncidentsInput) => ['incidents', 'list', input] as const,
  hours: ['sessions', 'hours'] as const,
  volunteerHours: (volunteerId: number, period: Period | null) =>
    ['sessions', 'hours', 'volunteer', volunteerId, period] as const,
  hoursSummary: (period: Period | null) => ['sessions', 'hours', 'summary', period] as const,
};
