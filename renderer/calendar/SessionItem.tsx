import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { SessionRow } from '../../shared/domain/sessions';
import type { CalendarFormat } from './calendar-format';

interface SessionItemProps {
  session: SessionRow;
  format: CalendarFormat;
  /** Where it meets, for views with room to say so. */
  showPlace?: boolean;
}

/** Where a session meets in words: the place and room, or "Online". */
export function usePlaceText(): (session: SessionRow) => string {
  const { t } = useTranslation();
  return (session) =>
    [session.locationName, session.room].filter(Boolean).join(' · ') ||
    t('calendar.session.online');
}

/**
 * One session as a link to its page: its time and group, and "Cancelled" in words beside a
 * struck-through name (never colour alone).
 */
export function SessionItem({ session, format, showPlace = false }: SessionItemProps) {
  const { t } = useTranslation();
  const placeText = usePlaceText();
  const isCancelled = session.status === 'cancelled';
  return (
    <Link
      to="/sessions/$sessionId"
      params={{ sessionId: String(session.id) }}
      className="calendar-session"
      data-status={session.status}
    >
      <span className="calendar-session__time">{format.time(session.localStart)}</span>{' '}
      <span className="calendar-session__name">{session.groupName}</span>
      {isCancelled && (
        <>
          {' '}
          <span className="calendar-session__cancelled">{t('enums.sessionStatus.cancelled')}</span>
        </>
      )}
      {showPlace && (
        <>
          {' '}
          <span className="calendar-session__place">{placeText(session)}</span>
        </>
      )}
    </Link>
  );
}

/** Sessions by civil date, in start order within each day. */
export function sessionsByDay(sessions: readonly SessionRow[]): Map<string, SessionRow[]> {
  const byDay = new Map<string, SessionRow[]>();
  for (const session of sessions) {
    const day = byDay.get(session.localDate) ?? [];
    day.push(session);
    byDay.set(session.localDate, day);
  }
  return byDay;
}
