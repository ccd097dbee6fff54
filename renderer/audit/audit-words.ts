// The audit log's stored names (entities, actions, field names) in the reader's words. Names
// added by newer code than this screen show as stored rather than as a missing translation.
import type { TFunction } from 'i18next';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { organisationQuery } from '../app/organisation-query';
import { useDateLocale } from '../i18n/date-locale';
import { dateTimeFormat } from '../ui/intl-cache';

/** Where each entity's field labels already live in the catalogue. */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  group: 'groups.fields',
  location: 'locations.fields',
  organisation: 'settings.fields',
  settings: 'settings.fields',
  audit_log: 'audit.filterFields',
  incident: 'incidents.fields',
};

export const entityName = (t: TFunction, entity: string) =>
  t(`audit.entities.${entity}`, { defaultValue: entity });

export const actionName = (t: TFunction, action: string) =>
  t(`audit.actions.${action}`, { defaultValue: action });

/** Orders labels as `localeCompare` does, with one collator for every row of a page. */
export const byLabel = new Intl.Collator().compare;

/** The fields' labels as the entity's form shows them (`locationId` reads "Location"), sorted. */
export function fieldNames(t: TFunction, entity: string, fields: readonly string[]): string {
  const labels = FIELD_LABELS[entity];
  const label = (field: string) =>
    labels
      ? t([`${labels}.${field}`, `${labels}.${field.replace(/Id$/, '')}`], { defaultValue: field })
      : field;
  return fields.map(label).sort(byLabel).join(', ');
}

/** Writes an entry's instant as the centre's clock showed it, in the date region's style. */
export function useFormatInstant(): (iso: string) => string {
  const locale = useDateLocale();
  const timeZone = useQuery(organisationQuery).data?.timeZone;
  // One formatter for a whole page of entries: building one costs far more than using it.
  const format = useMemo(
    () => dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }),
    [locale, timeZone],
  );
  return useCallback((iso: string) => format.format(new Date(iso)), [format]);
}
