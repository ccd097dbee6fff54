// How the calendar writes days, months and times: Intl in the UI language with the
// organisation's date region (renderer/i18n/date-locale.ts), so "18:30" where the region says so.
import { useMemo } from 'react';
import { formatWallTime, useDateLocale } from '../i18n/date-locale';
import { civilDateFormat } from '../ui/intl-cache';

export interface CalendarFormat {
  locale: string;
  /** "18:30" or "6:30 PM". */
  time: (wallTime: string) => string;
  /** "Tuesday 10 March". */
  day: (date: string) => string;
  /** "Tuesday 10 March 2026". */
  fullDay: (date: string) => string;
  /** "Tuesday 10 March 2026" without the comma some locales' full style adds. */
  dayWithYear: (date: string) => string;
  /** "Tue" and "Tuesday", for column headers. */
  weekdayShort: (date: string) => string;
  weekdayLong: (date: string) => string;
  /** "March 2026". */
  month: (date: string) => string;
  /** "10": the day of the month alone. */
  dayNumber: (date: string) => string;
  /** "10 Mar" or "10/3": short, for a chart's axis. */
  dayNumberMonth: (date: string) => string;
}

export function useCalendarFormat(): CalendarFormat {
  const locale = useDateLocale();
  return useMemo(() => {
    const formatter = (options: Intl.DateTimeFormatOptions) => civilDateFormat(locale, options);
    return {
      locale,
      time: (wallTime: string) => formatWallTime(wallTime, locale),
      day: formatter({ weekday: 'long', day: 'numeric', month: 'long' }),
      fullDay: formatter({ dateStyle: 'full' }),
      dayWithYear: formatter({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
      weekdayShort: formatter({ weekday: 'short' }),
      weekdayLong: formatter({ weekday: 'long' }),
      month: formatter({ month: 'long', year: 'numeric' }),
      dayNumber: formatter({ day: 'numeric' }),
      dayNumberMonth: formatter({ day: 'numeric', month: 'short' }),
    };
  }, [locale]);
}
