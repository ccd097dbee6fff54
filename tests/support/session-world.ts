import { addDays, todayIn } from '../../shared/domain/civil-dates';
import type { SampleSessionIds } from './sample-session-inputs';
import type { TestCore } from './temp-core';

/**
 * Session records for the samples, in `groupId`: a session held yesterday (an extra one, so it
 * exists whatever the schedule and the clock say), a participant, an incident filed by whoever
 * is signed in (staff), and a closure far from any session.
 */
export async function addSampleSessionRecords(
  test: TestCore,
  ids: { groupId: number; locationId: number; volunteerId: number },
  now = Date.now(),
): Promise<SampleSessionIds> {
  const yesterday = addDays(todayIn('Europe/London', now), -1);
  const session = await test.call('addExtraSession', {
    groupId: ids.groupId,
    date: yesterday,
    startTime: '18:00',
    durationMinutes: 90,
    locationId: ids.locationId,
    room: '',
  });
  const participant = await test.call('addParticipant', {
    groupId: ids.groupId,
    name: 'Jo',
    consentOn: yesterday,
  });
  const incident = await test.call('fileIncident', {
    sessionId: session.id,
    category: 'other',
    severity: 'low',
    description: 'A sample incident.',
  });
  const closure = await test.call('createClosure', {
    startsOn: '2040-01-01',
    endsOn: '2040-01-02',
    reason: 'Sample closure',
  });
  return {
    ...ids,
    sessionId: session.id,
    participantId: participant.id,
    incidentId: incident.id,
    closureId: closure.id,
  };
}
