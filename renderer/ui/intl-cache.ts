// Building an Intl formatter costs far more than using one (a CSV of 5,000 volunteers, a month's
// calendar of 1,300 meetings, a list of hundreds of rows each format many values): one formatter
// per locale and options, kept for the life of the page. Locales and options come from a small
// fixed set (four UI languages, the organisation's region), so the cache stays small.

const formatters = new Map<string, unknown>();

function cached<T>(kind: string, locale: string, options: object, make: () => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

export const dateTimeFormat = (
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat =>
  cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options));

/** Throws a RangeError for a malformed locale, as the constructor does (not cached then). */
export const displayNames = (
  locale: string,
  options: Intl.DisplayNamesOptions,
): Intl.DisplayNames =>
  cached('names', locale, options, () => new Intl.DisplayNames(locale, options));

export const listFormat = (locale: string, options: Intl.ListFormatOptions = {}): Intl.ListFormat =>
  cached('list', locale, options, () => new Intl.ListFormat(locale, options));

export const numberFormat = (
  locale: string,
  options: Intl.NumberFormatOptions = {},
): Intl.NumberFormat =>
  cached('number', locale, options, () => new Intl.NumberFormat(locale, options));

export const collator = (locale: string, options: Intl.CollatorOptions = {}): Intl.Collator =>
  cached('collator', locale, options, () => new Intl.Collator(locale, options));

/**
 * Writes a civil date ("2026-03-10") with `options`: the day is read in UTC and written in UTC,
 * so no time zone can move it to the day before.
 */
export function civilDateFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): (date: string) => string {
  const format = dateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  return (date) => {
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    return format.format(new Date(Date.UTC(year, month - 1, day)));
  };
}
