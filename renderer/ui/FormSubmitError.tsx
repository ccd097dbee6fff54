import { useTranslation } from '../i18n/use-translation';
import type { FieldErrors, FieldValues } from 'react-hook-form';
import { translateFormError } from '../forms/zod-resolver';
import { ErrorAlert } from './Alert';

/** The save error that belongs to no single field (wrong password, network, conflict…). */
export function FormSubmitError<V extends FieldValues>({ errors }: { errors: FieldErrors<V> }) {
  const { t } = useTranslation();
  const message = translateFormError(t, errors.root?.submit ?? errors.root);
  return message ? <ErrorAlert>{message}</ErrorAlert> : null;
}
