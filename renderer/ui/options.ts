// Option lists for selects, built from the shared enums so a new value shows up everywhere.
import type { TFunction } from 'i18next';
import { LANGUAGES } from '../../shared/domain/fields';
import { REGION_CODES } from '../../shared/domain/region';
import { dateLocale, dateTimeExample } from '../i18n/date-locale';
import { languageName } from './language-names';
import type { SelectOption } from './SelectField';

export function enumOptions(
  values: readonly string[],
  t: TFunction,
  prefix: string,
): SelectOption[] {
  return values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));
}

/** The app's own languages, named in the UI language ("Spanish", "inglés"). */
export function appLanguageOptions(uiLanguage: string): SelectOption[] {
  return LANGUAGES.map((code) => ({ value: code, label: languageName(code, uiLanguage) }));
}

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** "GMT+01:00" for a zone now; "GMT" alone (UTC itself) is written "GMT+00:00" like the rest. */
function utcOffset(zone: string, now: Date): string {
  const parts = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(now)
    .find((part) => part.type === 'timeZoneName');
  const offset = parts?.value ?? 'GMT';
  return offset === 'GMT' ? 'GMT+00:00' : offset;
}

let timeZoneCache: SelectOption[] | null = null;

/**
 * Every IANA zone this browser knows, plus UTC and the current one (some builds omit them),
 * labelled with today's offset: "Europe/London (GMT+00:00)".
 */
export function timeZoneOptions(now = new Date()): SelectOption[] {
  if (!timeZoneCache) {
    const zones = new Set(Intl.supportedValuesOf('timeZone'));
    zones.add('UTC');
    zones.add(browserTimeZone());
    timeZoneCache = [...zones].sort().map((zone) => ({
      value: zone,
      label: `${zone.replaceAll('_', ' ')} (${utcOffset(zone, now)})`,
    }));
  }
  return timeZoneCache;
}

const regionCache = new Map<string, SelectOption[]>();

/**
 * Every region by name in the UI language, each with how it writes a time and a date:
 * "United Kingdom — 19:00, 30/11/2026". Sorted by name so typing "U" in the select jumps there.
 */
export function regionOptions(uiLanguage: string): SelectOption[] {
  let options = regionCache.get(uiLanguage);
  if (!options) {
    const names = new Intl.DisplayNames(uiLanguage, { type: 'region' });
    const collator = new Intl.Collator(uiLanguage);
    options = REGION_CODES.map((code) => ({
      value: code,
      label: `${names.of(code) ?? code} — ${dateTimeExample(dateLocale(uiLanguage, [], code))}`,
    })).sort((a, b) => collator.compare(a.label, b.label));
    regionCache.set(uiLanguage, options);
  }
  return options;
}
