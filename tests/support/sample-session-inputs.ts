import type { MethodInput } from '../../shared/api/contract';
import type { sessionsApi } from '../../shared/api/contract-sessions';

/** The records the session methods' samples point at (all in the facilitator's own group). */
export interface SampleSessionIds {
  groupId: number;
  locationId: number;
  volunteerId: number;
  sessionId: number;
  participantId: number;
  incidentId: number;
  closureId: number;
}

type SessionMethod = keyof typeof sessionsApi;

/** A valid input for every sessions method (issue 10), named by the ids of the matrix's world. */
export function sampleSessionInputs(ids: SampleSessionIds): {
  [M in SessionMethod]: MethodInput<M>;
} {
  const place = {
    date: '2026-12-10',
    startTime: '19:00',
    durationMinutes: 90,
    locationId: ids.locationId,
    room: 'Room 3',
  };
  const closure = {
    startsOn: '2026-12-24',
    endsOn: '2026-12-26',
    locationId: null,
    reason: 'Winter holiday',
  };
  return {
    listSessions: { from: '2026-12-01', to: '2026-12-31', groupId: ids.groupId },
    listCalendarDays: { from: '2026-11-30', to: '2027-01-10', perDay: 2 },
    listSessionPage: { from: '2026-11-30', to: '2027-01-10', offset: 0, limit: 50 },
    getSession: { id: ids.sessionId },
    previewScheduleChange: {
      id: ids.groupId,
      schedule: { rrule: 'FREQ=WEEKLY;BYDAY=WE', startTime: '18:30', durationMinutes: 90 },
      startDate: '2026-01-06',
      endDate: null,
      status: 'active',
    },
    cancelSession: { id: ids.sessionId, reason: 'Facilitator unwell' },
    restoreSession: { id: ids.sessionId },
    moveSession: { id: ids.sessionId, ...place },
    addExtraSession: { groupId: ids.groupId, ...place },
    listClosures: {},
    previewClosure: closure,
    createClosure: closure,
    removeClosure: { id: ids.closureId },
    listSessionFacilitators: { id: ids.sessionId },
    setSessionFacilitators: {
      id: ids.sessionId,
      facilitators: [{ volunteerId: ids.volunteerId, role: 'co' }],
    },
    resetSessionFacilitators: { id: ids.sessionId },
    listCoverageGaps: {},
    listCoverConflicts: {},
    recordSession: { id: ids.sessionId, headcount: 9, newcomers: 2, notes: 'Calm evening.' },
    listNeedsRecord: {},
    getSessionAttendance: { id: ids.sessionId },
    listParticipants: { groupId: ids.groupId },
    addParticipant: { groupId: ids.groupId, name: 'Jo', consentOn: '2026-11-02' },
    updateParticipant: {
      groupId: ids.groupId,
      id: ids.participantId,
      name: 'Jo B.',
      consentOn: '2026-11-02',
    },
    withdrawParticipantConsent: {
      groupId: ids.groupId,
      id: ids.participantId,
      withdrawnOn: '2026-11-20',
    },
    fileIncident: {
      sessionId: ids.sessionId,
      category: 'disclosure',
      severity: 'medium',
      description: 'A participant disclosed a risk at home.',
      actionsTaken: 'Talked after the session; gave the helpline number.',
      isReferralMade: true,
    },
    listIncidents: {},
    getIncident: { id: ids.incidentId },
    updateIncident: { id: ids.incidentId, status: 'actioned', note: 'Called the participant.' },
    getVolunteerHours: { volunteerId: ids.volunteerId, from: '2026-01-01', to: '2026-12-31' },
    listVolunteerHours: { from: '2026-01-01', to: '2026-12-31' },
    getMyNextSession: {},
    getAttendanceTrend: {},
  };
}
