// The audit log's stored names (entities, actions, field names) in the reader's words. Names
// added by newer code than this screen show as stored rather than as a missing translation.
import type { TFunction } from 'i18next';
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
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

/** The fields' labels as the entity's form shows them (`locationId` reads "Location"), sorted. */
export function fieldNames(t: TFunction, entity: string, fields: readonly string[]): string {
  const labels = FIELD_LABELS[entity];
  const label = (field: string) =>
    labels
      ? t([`${labels}.${field}`, `${labels}.${field.replace(/Id$/, '')}`], { defaultValue: field })
      : field;
  return fields
    .map(label)
    .sort((a, b) => a.localeCompare(b))
    .join(', ');
}

/** Writes an entry's instant as the centre's clock showed it, in the date region's style. */
export function useFormatInstant(): (iso: string) => string {
  const locale = useDateLocale();
  const timeZone = useQuery(organisationQuery).data?.timeZone;
  return useCallback(
    (iso: string) =>
      dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
        new Date(iso),
      ),
    [locale, timeZone],
  );
}
