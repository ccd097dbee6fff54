import type { SessionDetail } from '../../../shared/domain/sessions';
import { formatWallTime } from '../../i18n/date-locale';
import { usePrint } from '../print-context';
import { civilDateFormat } from '../../ui/intl-cache';

/** "HH:MM" plus minutes, on the wall clock (a meeting that runs past midnight wraps). */
function wallTimePlus(time: string, minutes: number): string {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const total = (((hour * 60 + minute + minutes) % 1440) + 1440) % 1440;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(total / 60))}:${pad(total % 60)}`;
}

/** When and where a meeting is, in the printout's language and the organisation's region. */
export function useMeetingWhen(session: SessionDetail) {
  const { t, locale } = usePrint();
  const date = civilDateFormat(locale, { dateStyle: 'full' })(session.localDate);
  const time = t('printSession.header.timeRange', {
    start: formatWallTime(session.localStart, locale),
    end: formatWallTime(wallTimePlus(session.localStart, session.durationMinutes), locale),
  });
  const room = [session.locationName, session.room].filter(Boolean).join(', ');
  const place =
    session.format === 'online' || !room
      ? t('printSession.header.online')
      : session.format === 'hybrid'
        ? t('printSession.header.onlineToo', { place: room })
        : room;
  return { date, time, place };
}

interface MeetingHeaderProps {
  session: SessionDetail;
  /** What this page is: "Sign-in sheet", "Session plan". */
  title: string;
  organisationName: string;
}

/** The top of a meeting's page: what it is, the group, and when and where it meets. */
export function MeetingHeader({ session, title, organisationName }: MeetingHeaderProps) {
  const when = useMeetingWhen(session);
  return (
    <header className="meeting-header">
      <p className="meeting-header__kicker">
        <span className="meeting-header__title">{title}</span>
        <span className="meeting-header__org">{organisationName}</span>
      </p>
      <h1 className="meeting-header__group">{session.groupName}</h1>
      <p className="meeting-header__when">
        <strong>{when.date}</strong>
        <span aria-hidden="true"> · </span>
        <strong>{when.time}</strong>
        <span aria-hidden="true"> · </span>
        <span>{when.place}</span>
      </p>
    </header>
  );
}
