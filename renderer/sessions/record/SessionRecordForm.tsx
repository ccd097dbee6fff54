import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from '../../i18n/use-translation';
import type { SessionAttendance } from '../../../shared/domain/session-records';
import type { SessionDetail } from '../../../shared/domain/sessions';
import type { MethodInput } from '../../../shared/api/contract';
import { call } from '../../api/client';
import { queryKeys } from '../../app/query-keys';
import { SAVE_ABANDONED, useUnsavedChanges } from '../../forms/useUnsavedChanges';
import { VALIDATE_AFTER_FIRST_SUBMIT } from '../../forms/validation-mode';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FormCheckboxGroupField, FormTextField } from '../../ui/form-fields';
import { FormSubmitError } from '../../ui/FormSubmitError';
import {
  isOverCapacity,
  recordFieldFor,
  recordResolver,
  recordToValues,
  valuesToRecordInput,
  type RecordFormValues,
} from './record-form';

interface SessionRecordFormProps {
  session: SessionDetail;
  attendance: SessionAttendance;
  /** Editing a saved record: the form can be closed without saving. */
  onDone: (() => void) | null;
}

/** Headcount, newcomers, hours per facilitator, notes and (named rosters) who came. */
export function SessionRecordForm({ session, attendance, onDone }: SessionRecordFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<RecordFormValues>({
    resolver: recordResolver(session.id),
    ...VALIDATE_AFTER_FIRST_SUBMIT,
    defaultValues: recordToValues(session, attendance),
  });
  const { control, formState } = form;
  const unsaved = useUnsavedChanges({
    form,
    draftKey: `sessionRecord:${session.id}`,
    subject: 'sessionRecord',
    fieldFor: recordFieldFor,
  });
  const save = useMutation({
    mutationFn: (input: MethodInput<'recordSession'>) => call('recordSession', input),
    // Attendance and hours first, then the session: the saved record never shows stale ticks.
    onSuccess: async (saved) => {
      await queryClient.refetchQueries({ queryKey: queryKeys.sessionAttendance(session.id) });
      queryClient.setQueryData(queryKeys.session(session.id), saved);
      await queryClient.invalidateQueries({ queryKey: queryKeys.sessions });
    },
  });
  const [answerCapacity, setAnswerCapacity] = useState<((isSure: boolean) => void) | null>(null);
  const askCapacity = () =>
    new Promise<boolean>((answer) => setAnswerCapacity(() => answer)).finally(() =>
      setAnswerCapacity(null),
    );

  const submit = unsaved.submitWith(async (values) => {
    const isConfirmed = isOverCapacity(session, values);
    if (isConfirmed && !(await askCapacity())) return SAVE_ABANDONED;
    const saved = await save.mutateAsync(valuesToRecordInput(session.id, values, isConfirmed));
    onDone?.();
    return saved;
  });
  const isNamed = session.rosterMode === 'named_with_consent';

  return (
    <form noValidate onSubmit={submit} className="form" aria-labelledby="record-heading">
      {unsaved.notices}
      <FormSubmitError errors={formState.errors} />
      <p>{t('sessionRecord.section.intro')}</p>
      <div className="form__grid">
        <FormTextField
          control={control}
          name="headcount"
          label={t('sessionRecord.fields.headcount')}
          description={t('sessionRecord.hints.headcount')}
          inputMode="numeric"
          isRequired
        />
        <FormTextField
          control={control}
          name="newcomers"
          label={t('sessionRecord.fields.newcomers')}
          description={t('sessionRecord.hints.newcomers')}
          inputMode="numeric"
          isRequired
        />
        {attendance.facilitators.map((f, index) => (
          <FormTextField
            key={f.volunteerId}
            control={control}
            name={`hours.${index}.hours`}
            label={t('sessionRecord.fields.hoursFor', { name: f.displayName })}
            description={t('sessionRecord.hints.hours')}
            isRequired
          />
        ))}
        {attendance.facilitators.length === 0 && (
          <p className="form__wide">{t('sessionRecord.noFacilitators')}</p>
        )}
        {isNamed &&
          (attendance.roster.length > 0 ? (
            <FormCheckboxGroupField
              control={control}
              name="attended"
              label={t('sessionRecord.fields.attendance')}
              description={t('sessionRecord.hints.attendance')}
              options={attendance.roster.map((p) => ({ value: String(p.id), label: p.name }))}
              className="form__wide"
            />
          ) : (
            <p className="form__wide">{t('sessionRecord.noRoster')}</p>
          ))}
        <FormTextField
          control={control}
          name="notes"
          label={t('sessionRecord.fields.notes')}
          description={t('sessionRecord.hints.notes')}
          multiline
          rows={4}
          className="form__wide"
        />
      </div>
      <div className="form__actions">
        {onDone && (
          <Button onPress={() => unsaved.confirmLeave(onDone)}>{t('sessionRecord.cancel')}</Button>
        )}
        <Button type="submit" variant="primary" isDisabled={formState.isSubmitting}>
          {t('sessionRecord.save')}
        </Button>
      </div>
      <ConfirmDialog
        isOpen={answerCapacity !== null}
        onOpenChange={(isOpen) => !isOpen && answerCapacity?.(false)}
        title={t('sessionRecord.overCapacity.title')}
        confirmLabel={t('sessionRecord.overCapacity.confirm')}
        cancelLabel={t('sessionRecord.overCapacity.goBack')}
        onConfirm={() => answerCapacity?.(true)}
      >
        <p>
          {t('sessionRecord.overCapacity.body', {
            headcount: form.getValues('headcount'),
            capacity: session.capacity,
          })}
        </p>
      </ConfirmDialog>
    </form>
  );
}
