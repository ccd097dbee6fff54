import type { TFunction } from 'i18next';
import type { RotaPerson } from '../../../shared/domain/rota';

/**
 * A facilitator as the rota prints them: their name, "(inactive)" after it when they no longer
 * volunteer, and "Erased volunteer" when their details are gone (in words, never by style alone).
 */
export function rotaName(t: TFunction, person: RotaPerson | undefined): string {
  if (!person || person.isErased) return t('printRota.rota.erased');
  if (person.status === 'inactive')
    return t('printRota.rota.inactive', { name: person.displayName });
  return person.displayName;
}
