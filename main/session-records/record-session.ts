import type { MethodParsedInput } from '../../shared/api/contract';
import type { SessionDetail } from '../../shared/domain/sessions';
import { isOnRosterOn, type SessionHours } from '../../shared/domain/session-records';
import { AppError } from '../app-error';
import { changedFieldNames } from '../core/changed-fields';
import type { CallContext } from '../core/handler-types';
import type { SessionForRecord } from '../store/session-records-repository';
import type { Repositories } from '../store/store';

type RecordInput = MethodParsedInput<'recordSession'>;

/** Refuses a record the session cannot take: not held yet, cancelled, or too full unasked. */
function assertRecordable(session: SessionForRecord, input: RecordInput, now: number): void {
  if (session.status === 'cancelled') {
    throw new AppError('CONFLICT', 'sessionRecord.errors.cancelled');
  }
  if (Date.parse(session.startsAt) > now) {
    throw new AppError('CONFLICT', 'sessionRecord.errors.notStarted');
  }
  const { capacity } = session;
  if (capacity !== null && input.headcount > capacity && !input.isOverCapacityConfirmed) {
    throw new AppError('CONFLICT', 'sessionRecord.errors.overCapacity', { capacity }, [
      { path: 'headcount', messageKey: 'sessionRecord.errors.overCapacity', params: { capacity } },
    ]);
  }
}

/** Hours only for the session's facilitators, once each. */
function checkedHours(input: RecordInput, facilitators: SessionHours[]): Map<number, number> {
  const allowed = new Set(facilitators.map((f) => f.volunteerId));
  const hours = new Map<number, number>();
  input.hours.forEach(({ volunteerId, hours: given }, index) => {
    if (!allowed.has(volunteerId) || hours.has(volunteerId)) {
      throw AppError.invalidField(
        `hours.${index}.volunteerId`,
        'sessionRecord.validation.notFacilitator',
      );
    }
    hours.set(volunteerId, given);
  });
  return hours;
}

/**
 * Attendance only in a named-roster group, and only for its participants on the roster that
 * day (or already recorded as there). Null: the group keeps anonymous counts, so nothing of
 * attendance is touched.
 */
async function checkedAttendance(
  repos: Repositories,
  session: SessionForRecord,
  input: RecordInput,
  before: readonly number[],
): Promise<number[] | null> {
  const ids = [...new Set(input.attendedParticipantIds)];
  if (session.rosterMode !== 'named_with_consent') {
    if (ids.length > 0) {
      throw AppError.invalidField('attendedParticipantIds', 'sessionRecord.validation.noRoster');
    }
    return null;
  }
  const participants = await repos.sessionRecords.listParticipants(session.groupId, true);
  const onRoster = new Set(
    participants
      .filter((p) => isOnRosterOn(p, session.localDate) || before.includes(p.id))
      .map((p) => p.id),
  );
  const index = ids.findIndex((id) => !onRoster.has(id));
  if (index >= 0) {
    throw AppError.invalidField(
      `attendedParticipantIds.${index}`,
      'sessionRecord.validation.notOnRoster',
    );
  }
  return ids.sort((a, b) => a - b);
}

/**
 * Marks the session held with what happened. Recording again edits the record. The first
 * record freezes who facilitated: a session without its own list gets a copy of the group's
 * facilitators, so hours stay with the people who were there.
 */
export function recordSession(input: RecordInput, context: CallContext): Promise<SessionDetail> {
  return context.write(
    { action: 'record', entity: 'session', entityId: () => input.id },
    async (repos, audit) => {
      const records = repos.sessionRecords;
      const session = await records.findSession(input.id);
      if (!session) throw new AppError('NOT_FOUND');
      assertRecordable(session, input, context.now());
      const facilitators = await records.facilitatorsOf(session);
      const hours = checkedHours(input, facilitators);
      const attendedBefore = await records.attendedIds(session.id);
      const attended = await checkedAttendance(repos, session, input, attendedBefore);

      if (!session.hasOwnFacilitators) await records.freezeFacilitators(session);
      await records.setHours(session.id, hours);
      await records.saveRecord(session.id, {
        headcount: input.headcount,
        newcomers: input.newcomers,
        notes: input.notes,
        recordedAt: new Date(context.now()).toISOString(),
        recordedBy: context.user.id,
      });
      if (attended !== null) await records.replaceAttendance(session.id, attended);

      const hoursOf = (list: SessionHours[]) => list.map((f) => [f.volunteerId, f.hours]);
      audit.setFields(
        changedFieldNames(
          {
            status: session.status,
            headcount: session.headcount,
            newcomers: session.newcomers,
            notes: session.notes,
            hours: hoursOf(facilitators),
            attendedParticipantIds: attendedBefore,
          },
          {
            status: 'held',
            headcount: input.headcount,
            newcomers: input.newcomers,
            notes: input.notes,
            hours: hoursOf(await records.facilitatorsOf({ ...session, hasOwnFacilitators: true })),
            attendedParticipantIds: attended ?? attendedBefore,
          },
        ),
      );
      const saved = await repos.sessionQueries.find(session.id);
      if (!saved) throw new AppError('NOT_FOUND');
      return saved;
    },
  );
}
