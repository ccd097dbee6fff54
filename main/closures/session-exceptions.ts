import type { MethodParsedInput } from '../../shared/api/contract';
import type { SessionDetail } from '../../shared/domain/sessions';
import { zonedInstant } from '../../shared/domain/zoned-time';
import { AppError } from '../app-error';
import type { SessionPlace } from '../store/closures-repository';
import type { Repositories } from '../store/store';

// One session's exceptions: cancel or restore it by hand, move it, add an extra one. Each rule
// is checked before anything is written, so a refusal changes nothing.

type PlaceInput = Omit<MethodParsedInput<'moveSession'>, 'id'>;

export async function findSessionOrFail(repos: Repositories, id: number): Promise<SessionDetail> {
  const session = await repos.sessionQueries.find(id);
  if (!session) throw new AppError('NOT_FOUND');
  return session;
}

/** A place chosen by id must still exist (another person may have just deleted it). */
export async function assertLocationExists(repos: Repositories, locationId: number | null) {
  if (locationId !== null && !(await repos.locations.exists(locationId))) {
    throw AppError.invalidField('locationId', 'validation.invalidChoice');
  }
}

/** A held session is history: it is not cancelled or moved after the fact. */
export function assertNotHeld(session: SessionDetail, messageKey: string): void {
  if (session.status === 'held') throw new AppError('CONFLICT', messageKey);
}

/**
 * A session cancelled by a closure comes back only when the closure goes: restoring it by hand
 * would be undone by the next closure check, and would hide that the centre is closed.
 */
export function assertNotClosed(session: SessionDetail): void {
  if (session.status === 'cancelled' && session.closureId !== null) {
    throw new AppError('CONFLICT', 'closures.errors.restoreClosed');
  }
}

/**
 * Where and when a session meets, in the organisation's zone. A place left out of the input
 * falls back to `fallback` (the group's for an extra session, the session's own for a move).
 */
export async function placeFromInput(
  repos: Repositories,
  input: PlaceInput,
  fallback: { locationId: number | null; room: string },
): Promise<SessionPlace> {
  const locationId = input.locationId === undefined ? fallback.locationId : input.locationId;
  await assertLocationExists(repos, locationId);
  const { timeZone } = await repos.organisation.get();
  const startsAt = zonedInstant(input.date, input.startTime, timeZone);
  const endsAt = new Date(Date.parse(startsAt) + input.durationMinutes * 60_000).toISOString();
  return {
    startsAt,
    endsAt,
    localDate: input.date,
    localStart: input.startTime,
    locationId,
    room: input.room ?? (input.locationId === undefined ? fallback.room : ''),
  };
}

/** The fields a person sees of a session's place and state, for the audit entry's names. */
export function auditedFields(session: SessionDetail) {
  return {
    date: session.localDate,
    startTime: session.localStart,
    durationMinutes: session.durationMinutes,
    locationId: session.locationId,
    room: session.room,
    status: session.status,
    cancelReason: session.cancelReason,
    closureId: session.closureId,
  };
}
