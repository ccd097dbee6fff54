// Dates and times are written in the UI language with the region this computer is set up for:
// a centre's PCs are configured for where the centre is, so the region's habits (24-hour clock,
// day before month) follow without one more setting to explain. Spanish words on a British PC
// give "es-GB": "lunes", "19:00", "30/11/2026". The forms and every read-only date use it.
import { useTranslation } from 'react-i18next';

function regionOf(locale: string): string | undefined {
  try {
    return new Intl.Locale(locale).region;
  } catch {
    return undefined;
  }
}

export function dateLocale(language: string, computerLocales: readonly string[]): string {
  const region = computerLocales.map(regionOf).find(Boolean);
  try {
    return new Intl.Locale(language, region ? { region } : {}).toString();
  } catch {
    return language;
  }
}

export function useDateLocale(): string {
  const { i18n } = useTranslation();
  return dateLocale(i18n.language, navigator.languages);
}

/** A wall-clock time "HH:MM" the way the locale writes it: "19:00" or "7:00 PM". */
export function formatWallTime(time: string, locale: string): string {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale, {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(2024, 0, 1, hour, minute)));
}
