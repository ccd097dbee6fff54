import type { TFunction } from 'i18next';
import { ApiCallError } from './client';

/** What to tell the user about a failed call: always a translated sentence, never a stack. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiCallError) return t(error.error.messageKey, error.error.params ?? {});
  return t('errors.INTERNAL');
}
