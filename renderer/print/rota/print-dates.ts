// Dates and times as the printout's language writes them (usePrint().locale), not the screen's.
import { useMemo } from 'react';
import { formatWallTime } from '../../i18n/date-locale';
import { usePrint } from '../print-context';

function utcDate(date: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

export interface PrintDates {
  /** "18:30" or "6:30 PM". */
  time: (wallTime: string) => string;
  /** "Tue 1 Dec": a row's date in a narrow column. */
  shortDay: (date: string) => string;
  /** "Monday 30 November 2026": a week's heading. */
  longDay: (date: string) => string;
  /** "1 December 2026". */
  date: (date: string) => string;
}

export function usePrintDates(): PrintDates {
  const { locale } = usePrint();
  return useMemo(() => {
    const formatter = (options: Intl.DateTimeFormatOptions) => {
      const format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
      return (date: string) => format.format(utcDate(date));
    };
    return {
      time: (wallTime: string) => formatWallTime(wallTime, locale),
      shortDay: formatter({ weekday: 'short', day: 'numeric', month: 'short' }),
      longDay: formatter({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
      date: formatter({ dateStyle: 'long' }),
    };
  }, [locale]);
}
