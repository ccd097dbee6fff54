import { useMemo } from 'react';
import { usePrint } from '../print-context';
import { dateTimeFormat, numberFormat } from '../../ui/intl-cache';

/** Numbers in the printout's locale: whole counts, hours to two decimals, averages to one. */
export function useFunderNumbers() {
  const { locale } = usePrint();
  return useMemo(() => {
    const whole = numberFormat(locale, { maximumFractionDigits: 0 });
    const hours = numberFormat(locale, { maximumFractionDigits: 2 });
    const average = numberFormat(locale, {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
    const month = dateTimeFormat(locale, {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    return {
      count: (value: number) => whole.format(value),
      hours: (value: number) => hours.format(value),
      average: (value: number | null) => (value === null ? '–' : average.format(value)),
      /** "March 2026" for YYYY-MM. */
      month: (value: string) => month.format(new Date(`${value}-15T12:00:00Z`)),
    };
  }, [locale]);
}
