import { useMutation } from '@tanstack/react-query';
import { useTranslation } from '../i18n/use-translation';
import type { UserAccount } from '../../shared/domain/vault';
import { errorMessage } from '../api/error-message';
import { ConfirmDialog } from '../ui/ConfirmDialog';

interface DisableUserDialogProps {
  user: UserAccount;
  isSelf: boolean;
  onDisable: () => Promise<unknown>;
  onClose: () => void;
}

/** Says what disabling does before it is done: no sign-in, the password gone, records kept. */
export function DisableUserDialog({ user, isSelf, onDisable, onClose }: DisableUserDialogProps) {
  const { t } = useTranslation();
  const name = user.displayName;
  const mutation = useMutation({ mutationFn: onDisable, onSuccess: onClose });
  return (
    <ConfirmDialog
      isOpen
      onOpenChange={(isOpen) => !isOpen && onClose()}
      title={t('users.disableTitle', { name })}
      confirmLabel={t('users.disable')}
      onConfirm={() => mutation.mutate()}
      isPending={mutation.isPending}
      error={mutation.error ? errorMessage(t, mutation.error) : undefined}
      isDanger
    >
      <p>{t('users.disableText', { name })}</p>
      <p>{t('users.disableAgain')}</p>
      {isSelf && (
        <p>
          <strong>{t('users.disableSelf')}</strong>
        </p>
      )}
    </ConfirmDialog>
  );
}
