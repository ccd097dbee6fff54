import type { SessionDetail } from '../../../shared/domain/sessions';

/** What the move and extra-session forms hold: text, as the boxes give it. */
export interface SessionPlaceValues {
  date: string;
  startTime: string;
  durationMinutes: string;
  /** '' means online: no location. */
  locationId: string;
  room: string;
}

/** Where and when, as the method's input (without the session or group id). */
export function valuesToPlace(values: SessionPlaceValues) {
  const minutes = values.durationMinutes.trim();
  return {
    date: values.date,
    startTime: values.startTime,
    // Empty means "not given": the schema then says the field is required.
    durationMinutes: minutes === '' ? undefined : Number(minutes),
    locationId: values.locationId === '' ? null : Number(values.locationId),
    room: values.room,
  };
}

export const sessionToPlaceValues = (session: SessionDetail): SessionPlaceValues => ({
  date: session.localDate,
  startTime: session.localStart,
  durationMinutes: String(session.durationMinutes),
  locationId: session.locationId === null ? '' : String(session.locationId),
  room: session.room,
});
