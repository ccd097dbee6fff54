// Option lists for selects, built from the shared enums so a new value shows up everywhere.
import type { TFunction } from 'i18next';
import { LANGUAGES } from '../../shared/domain/fields';
import { LANGUAGE_NAMES } from '../i18n/i18n';
import type { SelectOption } from './SelectField';

export function enumOptions(
  values: readonly string[],
  t: TFunction,
  prefix: string,
): SelectOption[] {
  return values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));
}

export const languageOptions: SelectOption[] = LANGUAGES.map((code) => ({
  value: code,
  label: LANGUAGE_NAMES[code],
}));

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

let timeZoneCache: SelectOption[] | null = null;

/** Every IANA zone this browser knows, plus UTC and the current one (some builds omit them). */
export function timeZoneOptions(): SelectOption[] {
  if (!timeZoneCache) {
    const zones = new Set(Intl.supportedValuesOf('timeZone'));
    zones.add('UTC');
    zones.add(browserTimeZone());
    timeZoneCache = [...zones]
      .sort()
      .map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') }));
  }
  return timeZoneCache;
}
