// Dates and language names through Intl, in the UI language.
import { dateTimeFormat, listFormat } from './intl-cache';
import { languageName } from './language-names';

/** A civil date (YYYY-MM-DD) as words, e.g. "5 March 2026"; no time zone can shift it. */
export function formatCivilDate(date: string, language: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return dateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

/** ['en', 'es'] → "English, Spanish" (or "inglés, español"). Unknown codes stay as typed. */
export function formatLanguageList(codes: readonly string[], language: string): string {
  const list = codes.map((code) => languageName(code, language));
  return listFormat(language, { type: 'conjunction' }).format(list);
}

/** This computer's date today as a civil date (YYYY-MM-DD). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
