import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { Volunteer } from '../../shared/domain/volunteers';
import { call } from '../api/client';
import { errorMessage } from '../api/error-message';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { useVolunteerMutation } from './useVolunteerMutation';

/** Deactivate (an applicant or active volunteer) or reactivate (an inactive one), asking first. */
export function VolunteerStatusButton({ volunteer }: { volunteer: Volunteer }) {
  const { t } = useTranslation();
  const [isConfirming, setIsConfirming] = useState(false);
  const action = volunteer.status === 'inactive' ? 'reactivate' : 'deactivate';
  const mutation = useVolunteerMutation(
    () => call(`${action}Volunteer`, { id: volunteer.id }),
    () => setIsConfirming(false),
  );
  return (
    <>
      <Button onPress={() => setIsConfirming(true)}>{t(`volunteers.${action}`)}</Button>
      <ConfirmDialog
        isOpen={isConfirming}
        onOpenChange={(isOpen) => {
          setIsConfirming(isOpen);
          mutation.reset();
        }}
        title={t(`volunteers.${action}Title`, { name: volunteer.displayName })}
        confirmLabel={t(`volunteers.${action}`)}
        onConfirm={() => mutation.mutate(undefined)}
        isPending={mutation.isPending}
        error={mutation.error ? errorMessage(t, mutation.error) : undefined}
      >
        <p>{t(`volunteers.${action}Text`)}</p>
      </ConfirmDialog>
    </>
  );
}
