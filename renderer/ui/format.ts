// Dates and language names through Intl, in the UI language.

/** A civil date (YYYY-MM-DD) as words, e.g. "5 March 2026"; no time zone can shift it. */
export function formatCivilDate(date: string, language: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

/** ['en', 'es'] → "English, Spanish" (or "inglés, español"). Unknown codes stay as typed. */
export function formatLanguageList(codes: readonly string[], language: string): string {
  const names = new Intl.DisplayNames(language, { type: 'language', fallback: 'code' });
  const list = codes.map((code) => {
    try {
      return names.of(code) ?? code;
    } catch {
      return code;
    }
  });
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(list);
}

/** This computer's date today as a civil date (YYYY-MM-DD). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
