import type { FormEventHandler, ReactNode } from 'react';
import type { FieldValues, FormState } from 'react-hook-form';
import { useTranslation } from '../i18n/use-translation';
import { Button } from './Button';
import { FormDialog } from './FormDialog';
import { FormSubmitError } from './FormSubmitError';

interface FormDialogFrameProps<V extends FieldValues> {
  title: string;
  /** The primary button's words ("Save location"). */
  submitLabel: string;
  formState: FormState<V>;
  onSubmit: FormEventHandler<HTMLFormElement>;
  /** Cancel, Escape and a click outside: the caller asks about unsaved changes. */
  onCancel: () => void;
  /** The restored-draft note and the questions the form may ask; shown above the fields. */
  notices?: ReactNode;
  /** The fields laid out in the form's two-column grid, or as given when `isGrid` is false. */
  children: ReactNode;
  isGrid?: boolean;
}

/**
 * The frame every form dialog shares: title, the form's own error, the fields, then Cancel and
 * the primary button (disabled while saving).
 */
export function FormDialogFrame<V extends FieldValues>({
  title,
  submitLabel,
  formState,
  onSubmit,
  onCancel,
  notices,
  children,
  isGrid = true,
}: FormDialogFrameProps<V>) {
  const { t } = useTranslation();
  return (
    <FormDialog isOpen onOpenChange={(isOpen) => !isOpen && onCancel()} title={title}>
      <form noValidate onSubmit={onSubmit} className="form">
        {notices}
        <FormSubmitError errors={formState.errors} />
        {isGrid ? <div className="form__grid">{children}</div> : children}
        <div className="form__actions">
          <Button onPress={onCancel}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" isDisabled={formState.isSubmitting}>
            {submitLabel}
          </Button>
        </div>
      </form>
    </FormDialog>
  );
}
