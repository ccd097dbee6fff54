import { numberFormat } from '../ui/intl-cache';

/** Hours as the UI language writes numbers: "1.5", "1,5", "1,234.25"; never more than 2 decimals. */
export function formatHours(hours: number, locale: string): string {
  return numberFormat(locale, { maximumFractionDigits: 2 }).format(hours);
}
