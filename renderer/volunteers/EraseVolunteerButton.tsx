import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { confirmsErasure, type Volunteer } from '../../shared/domain/volunteers';
import { ApiCallError, call } from '../api/client';
import { errorMessage } from '../api/error-message';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { TextInputField } from '../ui/TextInputField';
import { useVolunteerMutation } from './useVolunteerMutation';

/** The core's complaint about the typed name, shown under the box rather than above it. */
function nameError(error: unknown): string | undefined {
  if (!(error instanceof ApiCallError)) return undefined;
  return error.error.fieldErrors?.find((field) => field.path === 'confirmName')?.messageKey;
}

/**
 * "Erase personal data…" (admins only): irreversible, so the dialog says what goes and what
 * stays, and its button waits until the volunteer's name is typed. The core checks it again.
 */
export function EraseVolunteerButton({ volunteer }: { volunteer: Volunteer }) {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const mutation = useVolunteerMutation(
    (confirmName: string) => call('eraseVolunteer', { id: volunteer.id, confirmName }),
    () => setIsOpen(false),
  );
  const fieldError = nameError(mutation.error);
  const isConfirmed = confirmsErasure(typed, volunteer);
  return (
    <>
      <Button variant="danger" onPress={() => setIsOpen(true)}>
        {t('volunteers.erase.button')}
      </Button>
      <ConfirmDialog
        isOpen={isOpen}
        onOpenChange={(open) => {
          setIsOpen(open);
          setTyped('');
          mutation.reset();
        }}
        title={t('volunteers.erase.title', { name: volunteer.displayName })}
        confirmLabel={t('volunteers.erase.confirm')}
        onConfirm={() => mutation.mutate(typed)}
        isPending={mutation.isPending}
        isConfirmDisabled={!isConfirmed}
        error={mutation.error && !fieldError ? errorMessage(t, mutation.error) : undefined}
        isDanger
      >
        <p>
          <strong>{t('volunteers.erase.irreversible')}</strong>
        </p>
        <p>{t('volunteers.erase.removed')}</p>
        <p>{t('volunteers.erase.kept')}</p>
        <TextInputField
          label={t('volunteers.erase.typeName', { name: volunteer.displayName })}
          value={typed}
          onChange={setTyped}
          autoComplete="off"
          spellCheck={false}
          error={fieldError && t(fieldError)}
        />
      </ConfirmDialog>
    </>
  );
}
