import type { TFunction } from 'i18next';
import type { CalendarFormat } from './calendar-format';
import { AppLink } from '../ui/AppLink';
import { dropDefaults, type CalendarState } from './calendar-search';

interface DayMoreLinkProps {
  state: CalendarState;
  day: string;
  /** How many of the day's sessions are not drawn. */
  hidden: number;
  format: CalendarFormat;
  className: string;
  /** The view's own: no translation hook for each of a month's 35 links. */
  t: TFunction;
}

/**
 * "12 more", for a day whose sessions do not all fit: opens the list from that day, with the
 * same filters, where every session is. Its name says which day ("12 more · Tuesday 10 March").
 */
export function DayMoreLink({ state, day, hidden, format, className, t }: DayMoreLinkProps) {
  return (
    <AppLink
      to="/calendar"
      search={dropDefaults({ ...state, view: 'agenda', date: day })}
      className={className}
    >
      {t('calendar.more', { count: hidden })}
      <span className="visually-hidden"> · {format.day(day)}</span>
    </AppLink>
  );
}
