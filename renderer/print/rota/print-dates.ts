// Dates and times as the printout's language writes them (usePrint().locale), not the screen's.
import { useMemo } from 'react';
import { formatWallTime } from '../../i18n/date-locale';
import { usePrint } from '../print-context';
import { civilDateFormat } from '../../ui/intl-cache';

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
    const formatter = (options: Intl.DateTimeFormatOptions) => civilDateFormat(locale, options);
    return {
      time: (wallTime: string) => formatWallTime(wallTime, locale),
      shortDay: formatter({ weekday: 'short', day: 'numeric', month: 'short' }),
      longDay: formatter({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
      date: formatter({ dateStyle: 'long' }),
    };
  }, [locale]);
}
