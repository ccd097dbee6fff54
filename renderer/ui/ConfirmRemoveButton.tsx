import { useState, type ReactNode } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from '../i18n/use-translation';
import { errorMessage } from '../api/error-message';
import { Button } from './Button';
import { ConfirmDialog } from './ConfirmDialog';

interface ConfirmRemoveButtonProps<R> {
  /** The button's text and the dialog's confirm button's. */
  label: string;
  /** Names what is removed, for screen readers in a list of such buttons. */
  ariaLabel: string;
  title: string;
  children: ReactNode;
  remove: () => Promise<R>;
  /** After the dialog closes: refresh what showed the removed thing. */
  onRemoved: (result: R) => Promise<unknown>;
}

/** A danger button that asks first, then removes; a refusal stays in the dialog to read. */
export function ConfirmRemoveButton<R>({
  label,
  ariaLabel,
  title,
  children,
  remove,
  onRemoved,
}: ConfirmRemoveButtonProps<R>) {
  const { t } = useTranslation();
  const [isConfirming, setIsConfirming] = useState(false);
  const mutation = useMutation({
    mutationFn: remove,
    onSuccess: async (result) => {
      setIsConfirming(false);
      await onRemoved(result);
    },
  });
  return (
    <>
      <Button variant="danger" onPress={() => setIsConfirming(true)} aria-label={ariaLabel}>
        {label}
      </Button>
      <ConfirmDialog
        isOpen={isConfirming}
        onOpenChange={(isOpen) => {
          setIsConfirming(isOpen);
          mutation.reset();
        }}
        title={title}
        confirmLabel={label}
        onConfirm={() => mutation.mutate()}
        isPending={mutation.isPending}
        error={mutation.error ? errorMessage(t, mutation.error) : undefined}
        isDanger
      >
        {children}
      </ConfirmDialog>
    </>
  );
}
