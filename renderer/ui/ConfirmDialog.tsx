import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { ErrorAlert } from './Alert';
import { Button } from './Button';

interface ConfirmDialogProps {
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** The safe choice; "Cancel" unless the question needs other words ("Keep editing"). */
  cancelLabel?: string;
  onConfirm: () => void;
  isPending?: boolean;
  error?: string;
  isDanger?: boolean;
  /** Until the person has done what the question asks (typed a name), the button waits. */
  isConfirmDisabled?: boolean;
}

/** Asks before something hard to undo. The safe choice (Cancel) gets the focus first. */
export function ConfirmDialog({
  isOpen,
  onOpenChange,
  title,
  children,
  confirmLabel,
  cancelLabel,
  onConfirm,
  isPending = false,
  error,
  isDanger = false,
  isConfirmDisabled = false,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <ModalOverlay
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      isDismissable
      className="modal-overlay"
    >
      <Modal className="modal">
        <Dialog role="alertdialog" className="dialog">
          {({ close }) => (
            <>
              <Heading slot="title" className="dialog__title">
                {title}
              </Heading>
              <div className="dialog__body">{children}</div>
              {error && <ErrorAlert>{error}</ErrorAlert>}
              <div className="dialog__actions">
                <Button autoFocus onPress={close}>
                  {cancelLabel ?? t('common.cancel')}
                </Button>
                <Button
                  variant={isDanger ? 'danger' : 'primary'}
                  onPress={onConfirm}
                  isDisabled={isPending || isConfirmDisabled}
                >
                  {confirmLabel}
                </Button>
              </div>
            </>
          )}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
