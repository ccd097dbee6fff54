// Dates and times are written in the UI language with the organisation's region ("Region for
// dates and times" in Settings), so a centre in Britain reads "19:00" even in a browser whose own
// language is American English. Before sign-in, or when the organisation leaves the region empty,
// the region this computer is set up for is used instead. Spanish words for a British centre give
// "es-GB": "lunes", "19:00", "30/11/2026". The forms and every read-only date use it.
import { useContext } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from './use-translation';
import { organisationQuery } from '../app/organisation-query';
import { VaultContext } from '../app/vault-context';
import { dateTimeFormat } from '../ui/intl-cache';

function regionOf(locale: string): string | undefined {
  try {
    return new Intl.Locale(locale).region;
  } catch {
    return undefined;
  }
}

/** `getHourCycles()` in newer engines, the `hourCycles` getter in Node 20's. */
interface LocaleWithHourCycles {
  getHourCycles?: () => string[];
  hourCycles?: string[];
}

/**
 * The clock the region itself uses ("h23" for GB, MA; "h12" for US, MX). English and Spanish
 * have no data for most regions ("en-MA" falls back to American English's 12-hour clock), so
 * the region's clock is set explicitly.
 */
function hourCycleOf(region: string): Intl.LocaleHourCycleKey | undefined {
  const likely = new Intl.Locale('und', { region }).maximize() as LocaleWithHourCycles;
  const cycle = (likely.getHourCycles?.() ?? likely.hourCycles)?.[0];
  return cycle === 'h11' || cycle === 'h12' || cycle === 'h23' || cycle === 'h24'
    ? cycle
    : undefined;
}

const dateLocales = new Map<string, string>();

/** Worked out once per language, computer and region: every dated row of a list asks for it. */
export function dateLocale(
  language: string,
  computerLocales: readonly string[],
  organisationRegion = '',
): string {
  const key = `${language}|${computerLocales.join(',')}|${organisationRegion}`;
  let locale = dateLocales.get(key);
  if (locale === undefined) {
    locale = workOutDateLocale(language, computerLocales, organisationRegion);
    dateLocales.set(key, locale);
  }
  return locale;
}

function workOutDateLocale(
  language: string,
  computerLocales: readonly string[],
  organisationRegion: string,
): string {
  const region = organisationRegion || computerLocales.map(regionOf).find(Boolean);
  try {
    if (!region) return new Intl.Locale(language).toString();
    return new Intl.Locale(language, { region, hourCycle: hourCycleOf(region) }).toString();
  } catch {
    return language;
  }
}

export function useDateLocale(): string {
  const { i18n } = useTranslation();
  const isSignedIn = Boolean(useContext(VaultContext)?.status.user);
  // The same cached query as the sidebar's and Settings': no extra call per screen.
  const organisation = useQuery({ ...organisationQuery, enabled: isSignedIn });
  const region = isSignedIn ? organisation.data?.dateRegion : undefined;
  return dateLocale(i18n.language, navigator.languages, region);
}

/** "19:00, 30/11/2026": how the locale writes a time and a date, to show beside a region. */
export function dateTimeExample(locale: string): string {
  const example = new Date(Date.UTC(2026, 10, 30, 19, 0));
  const date = dateTimeFormat(locale, { dateStyle: 'short', timeZone: 'UTC' });
  return `${formatWallTime('19:00', locale)}, ${date.format(example)}`;
}

/** A wall-clock time "HH:MM" the way the locale writes it: "19:00" or "7:00 PM". */
export function formatWallTime(time: string, locale: string): string {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const format = dateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
  return format.format(new Date(Date.UTC(2024, 0, 1, hour, minute)));
}
