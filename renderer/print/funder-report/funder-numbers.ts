import { useMemo } from 'react';
import { usePrint } from '../print-context';

/** Numbers in the printout's locale: whole counts, hours to two decimals, averages to one. */
export function useFunderNumbers() {
  const { locale } = usePrint();
  return useMemo(() => {
    const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    const hours = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    const average = new Intl.NumberFormat(locale, {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
    const month = new Intl.DateTimeFormat(locale, {
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
