import { recordSessionInputSchema } from '../../../shared/domain/session-records';
import type { SessionAttendance } from '../../../shared/domain/session-records';
import type { SessionDetail } from '../../../shared/domain/sessions';
import type { MethodInput } from '../../../shared/api/contract';
import { zodFormResolver } from '../../forms/zod-resolver';

export interface RecordFormValues {
  headcount: string;
  newcomers: string;
  /** One box per facilitator, in the order of `SessionAttendance.facilitators`. */
  hours: { volunteerId: number; hours: string }[];
  notes: string;
  /** Participant ids ticked, as text (checkbox values). */
  attended: string[];
}

/** Empty stays "not given" (zod then says it is required); "1,5" is read as 1.5. */
function toNumber(text: string): number | undefined {
  const trimmed = text.trim().replace(',', '.');
  return trimmed === '' ? undefined : Number(trimmed);
}

/** Hours default to the session's length: what most facilitators give. */
export function recordToValues(
  session: SessionDetail,
  attendance: SessionAttendance,
): RecordFormValues {
  const length = String(Math.round((session.durationMinutes / 60) * 100) / 100);
  return {
    headcount: session.headcount === null ? '' : String(session.headcount),
    newcomers: session.newcomers === null ? '' : String(session.newcomers),
    hours: attendance.facilitators.map((f) => ({
      volunteerId: f.volunteerId,
      hours: f.hours === null ? length : String(f.hours),
    })),
    notes: session.notes,
    attended: attendance.attendedParticipantIds.map(String),
  };
}

export function valuesToRecordInput(
  sessionId: number,
  values: RecordFormValues,
  isOverCapacityConfirmed = false,
): MethodInput<'recordSession'> {
  return {
    id: sessionId,
    headcount: toNumber(values.headcount) as number,
    newcomers: toNumber(values.newcomers) as number,
    notes: values.notes,
    hours: values.hours.map((h) => ({
      volunteerId: h.volunteerId,
      hours: toNumber(h.hours) as number,
    })),
    attendedParticipantIds: values.attended.map(Number),
    isOverCapacityConfirmed,
  };
}

/** Which form field shows an input path: the hours' volunteer is not a field, its box is. */
export function recordFieldFor(path: string): string {
  const hours = /^hours\.(\d+)\./.exec(path);
  if (hours) return `hours.${hours[1]}.hours`;
  return path.startsWith('attendedParticipantIds') ? 'attended' : path;
}

export const recordResolver = (sessionId: number) =>
  zodFormResolver<RecordFormValues>({
    schema: recordSessionInputSchema,
    toInput: (values) => valuesToRecordInput(sessionId, values),
    fieldFor: recordFieldFor,
  });

/** A headcount above the group's capacity is saved only once the person says so. */
export function isOverCapacity(session: SessionDetail, values: RecordFormValues): boolean {
  const headcount = toNumber(values.headcount);
  return session.capacity !== null && headcount !== undefined && headcount > session.capacity;
}
