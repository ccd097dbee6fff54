import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from '../i18n/use-translation';
import { todayIn } from '../../shared/domain/civil-dates';
import { closureInputSchema } from '../../shared/domain/closures';
import { call } from '../api/client';
import { organisationQuery } from '../app/organisation-query';
import { queryKeys } from '../app/query-keys';
import { useUnsavedChanges } from '../forms/useUnsavedChanges';
import { VALIDATE_AFTER_FIRST_SUBMIT } from '../forms/validation-mode';
import { zodFormResolver } from '../forms/zod-resolver';
import { Button } from '../ui/Button';
import {
  FormDateField,
  FormRadioGroupField,
  FormSelectField,
  FormTextField,
} from '../ui/form-fields';
import { FormDialog } from '../ui/FormDialog';
import { FormSubmitError } from '../ui/FormSubmitError';
import {
  closureFormErrors,
  emptyClosureValues,
  valuesToClosureInput,
  type ClosureFormValues,
} from './closure-form-values';
import { ClosurePreviewNote } from './ClosurePreviewNote';
import { useLocationOptions } from '../locations/useLocationOptions';

const resolver = zodFormResolver<ClosureFormValues>({
  schema: closureInputSchema,
  toInput: valuesToClosureInput,
  extraErrors: closureFormErrors,
});

/** "Add a closure": dates, the whole centre or one location, a reason, and what it cancels. */
export function ClosureFormDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const timeZone = useQuery(organisationQuery).data?.timeZone;
  const locationOptions = useLocationOptions(t('common.choose'));
  const form = useForm<ClosureFormValues>({
    resolver,
    ...VALIDATE_AFTER_FIRST_SUBMIT,
    defaultValues: emptyClosureValues(timeZone ? todayIn(timeZone) : ''),
  });
  const { control, formState } = form;
  const values = useWatch({ control }) as ClosureFormValues;
  const unsaved = useUnsavedChanges({ form, draftKey: 'closure:new', subject: 'closure' });
  const submit = unsaved.submitWith(async (submitted) => {
    await call('createClosure', valuesToClosureInput(submitted));
    await queryClient.invalidateQueries({ queryKey: queryKeys.sessions });
    onClose();
  });
  const cancel = () => unsaved.confirmLeave(onClose);

  return (
    <FormDialog
      isOpen
      onOpenChange={(isOpen) => !isOpen && cancel()}
      title={t('closures.addTitle')}
    >
      <form noValidate onSubmit={submit} className="form">
        {unsaved.notices}
        <FormSubmitError errors={formState.errors} />
        <div className="form__grid">
          <FormDateField
            control={control}
            name="startsOn"
            label={t('closures.fields.startsOn')}
            isRequired
          />
          <FormDateField
            control={control}
            name="endsOn"
            label={t('closures.fields.endsOn')}
            isRequired
          />
          <FormRadioGroupField
            control={control}
            name="scope"
            label={t('closures.fields.scope')}
            options={[
              {
                value: 'centre',
                label: t('closures.scope.centre'),
                description: t('closures.scope.centreHint'),
              },
              { value: 'location', label: t('closures.scope.location') },
            ]}
          />
          {values.scope === 'location' && (
            <FormSelectField
              control={control}
              name="locationId"
              label={t('closures.fields.locationId')}
              options={locationOptions}
            />
          )}
          <FormTextField
            control={control}
            name="reason"
            label={t('closures.fields.reason')}
            description={t('closures.hints.reason')}
            isRequired
            className="form__wide"
          />
          <ClosurePreviewNote
            input={closureFormErrors(values).length > 0 ? null : valuesToClosureInput(values)}
          />
        </div>
        <div className="form__actions">
          <Button onPress={cancel}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" isDisabled={formState.isSubmitting}>
            {t('closures.save')}
          </Button>
        </div>
      </form>
    </FormDialog>
  );
}
