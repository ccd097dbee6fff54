// The sessions part of the API (issue 10): sessions and their exceptions, closures, cover,
// records and rosters, incidents, hours, and the dashboard's session figures. Spread into `api`
// in contract.ts; declared here only to keep each file readable.
import {
  addExtraSessionInputSchema,
  cancelSessionInputSchema,
  listCalendarDaysInputSchema,
  listSessionPageInputSchema,
  listSessionsInputSchema,
  moveSessionInputSchema,
  previewScheduleChangeInputSchema,
  restoreSessionInputSchema,
  type CalendarDay,
  type ScheduleChangePreview,
  type SessionDetail,
  type SessionPage,
  type SessionRow,
} from '../domain/sessions';
import {
  closureInputSchema,
  type Closure,
  type ClosurePreview,
  type ClosureRemoval,
} from '../domain/closures';
import {
  coverageInputSchema,
  coverConflictsInputSchema,
  sessionIdInput,
  setSessionFacilitatorsInputSchema,
  type CoverConflict,
  type CoverageGap,
  type SessionFacilitator,
} from '../domain/session-cover';
import {
  listParticipantsInputSchema,
  participantInputSchema,
  recordSessionInputSchema,
  updateParticipantInputSchema,
  withdrawConsentInputSchema,
  type Participant,
  type SessionAttendance,
} from '../domain/session-records';
import {
  fileIncidentInputSchema,
  listIncidentsInputSchema,
  updateIncidentInputSchema,
  type Incident,
  type IncidentSummary,
} from '../domain/incidents';
import {
  hoursSummaryInputSchema,
  volunteerHoursInputSchema,
  type HoursSummaryRow,
  type VolunteerHours,
} from '../domain/hours';
import {
  attendanceTrendInputSchema,
  type AttendanceWeek,
  type MyNextSession,
} from '../domain/session-dashboard';
import { idInput, noInput } from '../domain/fields';
import { method, type MethodSpec } from './method';
import { ANY_ROLE, STAFF } from './roles';

const ownSession = { kind: 'ownGroups', sessionIdInput: 'id' } as const;
const ownGroupRows = { kind: 'ownGroups', groupIdInRows: 'groupId' } as const;

export const sessionsApi = {
  // Sessions, generated from schedules (main/sessions/).
  listSessions: method<SessionRow[]>()({
    input: listSessionsInputSchema,
    access: ANY_ROLE,
    scope: ownGroupRows,
  }),
  // Staff only: counting each day's sessions is done in SQL, before any row could be left out
  // for a facilitator (whose calendar is their own groups', from listSessions).
  listCalendarDays: method<CalendarDay[]>()({
    input: listCalendarDaysInputSchema,
    access: STAFF,
    scope: 'all',
  }),
  // Staff only, for the same reason: the count is made in SQL (a facilitator's agenda is
  // their own groups', from listSessions).
  listSessionPage: method<SessionPage>()({
    input: listSessionPageInputSchema,
    access: STAFF,
    scope: 'all',
  }),
  getSession: method<SessionDetail>()({ input: idInput, access: ANY_ROLE, scope: ownSession }),
  previewScheduleChange: method<ScheduleChangePreview>()({
    input: previewScheduleChangeInputSchema,
    access: STAFF,
    scope: 'all',
  }),

  // One session's exceptions, and closures (main/closures/).
  cancelSession: method<SessionDetail>()({
    input: cancelSessionInputSchema,
    access: STAFF,
    scope: 'all',
  }),
  restoreSession: method<SessionDetail>()({
    input: restoreSessionInputSchema,
    access: STAFF,
    scope: 'all',
  }),
  moveSession: method<SessionDetail>()({
    input: moveSessionInputSchema,
    access: STAFF,
    scope: 'all',
  }),
  addExtraSession: method<SessionDetail>()({
    input: addExtraSessionInputSchema,
    access: STAFF,
    scope: 'all',
  }),
  listClosures: method<Closure[]>()({ input: noInput, access: STAFF, scope: 'all' }),
  previewClosure: method<ClosurePreview>()({
    input: closureInputSchema,
    access: STAFF,
    scope: 'all',
  }),
  createClosure: method<Closure>()({ input: closureInputSchema, access: STAFF, scope: 'all' }),
  removeClosure: method<ClosureRemoval>()({ input: idInput, access: STAFF, scope: 'all' }),

  // Cover: who facilitates each session, gaps and conflicts (main/session-cover/).
  listSessionFacilitators: method<SessionFacilitator[]>()({
    input: sessionIdInput,
    access: ANY_ROLE,
    scope: { ...ownSession, visibleFields: ['displayName', 'phone', 'role'] },
  }),
  setSessionFacilitators: method<SessionFacilitator[]>()({
    input: setSessionFacilitatorsInputSchema,
    access: STAFF,
    scope: 'all',
  }),
  resetSessionFacilitators: method<SessionFacilitator[]>()({
    input: sessionIdInput,
    access: STAFF,
    scope: 'all',
  }),
  listCoverageGaps: method<CoverageGap[]>()({
    input: coverageInputSchema,
    access: STAFF,
    scope: 'all',
  }),
  listCoverConflicts: method<CoverConflict[]>()({
    input: coverConflictsInputSchema,
    access: STAFF,
    scope: 'all',
  }),

  // After a session: records, rosters and attendance (main/session-records/).
  recordSession: method<SessionDetail>()({
    input: recordSessionInputSchema,
    access: ANY_ROLE,
    scope: ownSession,
  }),
  listNeedsRecord: method<SessionRow[]>()({
    input: noInput,
    access: ANY_ROLE,
    scope: ownGroupRows,
  }),
  getSessionAttendance: method<SessionAttendance>()({
    input: sessionIdInput,
    access: ANY_ROLE,
    scope: ownSession,
  }),
  listParticipants: method<Participant[]>()({
    input: listParticipantsInputSchema,
    access: ANY_ROLE,
    scope: { kind: 'ownGroups', groupIdInput: 'groupId' },
  }),
  addParticipant: method<Participant>()({
    input: participantInputSchema,
    access: ANY_ROLE,
    scope: { kind: 'ownGroups', groupIdInput: 'groupId' },
  }),
  updateParticipant: method<Participant>()({
    input: updateParticipantInputSchema,
    access: ANY_ROLE,
    scope: { kind: 'ownGroups', groupIdInput: 'groupId' },
  }),
  withdrawParticipantConsent: method<Participant>()({
    input: withdrawConsentInputSchema,
    access: ANY_ROLE,
    scope: { kind: 'ownGroups', groupIdInput: 'groupId' },
  }),

  // Incidents (main/incidents/). Filing names a session of one's own group; reading is scoped
  // 'all' on purpose: the rule is who filed it, not which group, so the handlers apply it (a
  // facilitator reaches only the incidents they reported, and no figure counts the others).
  fileIncident: method<Incident>()({
    input: fileIncidentInputSchema,
    access: ANY_ROLE,
    scope: { kind: 'ownGroups', sessionIdInput: 'sessionId' },
  }),
  listIncidents: method<IncidentSummary[]>()({
    input: listIncidentsInputSchema,
    access: ANY_ROLE,
    scope: 'all',
  }),
  getIncident: method<Incident>()({ input: idInput, access: ANY_ROLE, scope: 'all' }),
  updateIncident: method<Incident>()({
    input: updateIncidentInputSchema,
    access: STAFF,
    scope: 'all',
  }),

  // Volunteer hours (main/hours/).
  getVolunteerHours: method<VolunteerHours>()({
    input: volunteerHoursInputSchema,
    access: STAFF,
    scope: 'all',
  }),
  listVolunteerHours: method<HoursSummaryRow[]>()({
    input: hoursSummaryInputSchema,
    access: STAFF,
    scope: 'all',
  }),

  // The dashboard's session figures (main/session-dashboard/).
  getMyNextSession: method<MyNextSession | null>()({
    input: noInput,
    access: ANY_ROLE,
    scope: 'all',
  }),
  getAttendanceTrend: method<AttendanceWeek[]>()({
    input: attendanceTrendInputSchema,
    access: STAFF,
    scope: 'all',
  }),
} satisfies Record<string, MethodSpec>;
