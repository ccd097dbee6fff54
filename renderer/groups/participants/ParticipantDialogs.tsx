import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from '../../i18n/use-translation';
import type { ReactNode } from 'react';
import {
  participantInputSchema,
  withdrawConsentInputSchema,
  type Participant,
} from '../../../shared/domain/session-records';
import { call } from '../../api/client';
import { queryKeys } from '../../app/query-keys';
import { useUnsavedChanges } from '../../forms/useUnsavedChanges';
import { VALIDATE_AFTER_FIRST_SUBMIT } from '../../forms/validation-mode';
import { zodFormResolver } from '../../forms/zod-resolver';
import { FormDateField, FormTextField } from '../../ui/form-fields';
import { FormDialogFrame } from '../../ui/FormDialogFrame';
import { localToday } from '../../ui/format';

interface ParticipantValues {
  name: string;
  consentOn: string;
}

interface WithdrawValues {
  withdrawnOn: string;
}

/** One dialog frame for both forms: unsaved-changes guard, save, and refresh of every roster. */
function ParticipantFormDialog<V extends FieldValues>({
  form,
  draftKey,
  title,
  saveLabel,
  save,
  onClose,
  children,
}: {
  form: UseFormReturn<V>;
  draftKey: string;
  title: string;
  saveLabel: string;
  save: (values: V) => Promise<unknown>;
  onClose: () => void;
  children: ReactNode;
}) {
  const queryClient = useQueryClient();
  const unsaved = useUnsavedChanges({ form, draftKey, subject: 'participant' });
  const mutation = useMutation({
    mutationFn: save,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.sessions }),
  });
  const submit = unsaved.submitWith(async (values) => {
    const saved = await mutation.mutateAsync(values);
    onClose();
    return saved;
  });
  const cancel = () => unsaved.confirmLeave(onClose);
  return (
    <FormDialogFrame
      title={title}
      submitLabel={saveLabel}
      formState={form.formState}
      onSubmit={submit}
      onCancel={cancel}
      notices={unsaved.notices}
      isGrid={false}
    >
      {children}
    </FormDialogFrame>
  );
}

/** Add a participant (null) or change one's name or consent date. */
export function ParticipantDialog({
  groupId,
  participant,
  onClose,
}: {
  groupId: number;
  participant: Participant | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const toInput = (values: ParticipantValues) => ({ groupId, ...values });
  const form = useForm<ParticipantValues>({
    resolver: zodFormResolver({ schema: participantInputSchema, toInput }),
    ...VALIDATE_AFTER_FIRST_SUBMIT,
    defaultValues: {
      name: participant?.name ?? '',
      consentOn: participant?.consentOn ?? localToday(),
    },
  });
  const save = (values: ParticipantValues) =>
    participant
      ? call('updateParticipant', { ...toInput(values), id: participant.id })
      : call('addParticipant', toInput(values));
  return (
    <ParticipantFormDialog
      form={form}
      draftKey={`participant:${groupId}:${participant?.id ?? 'new'}`}
      title={
        participant
          ? t('sessionRecord.participants.editTitle', { name: participant.name })
          : t('sessionRecord.participants.addTitle')
      }
      saveLabel={t('sessionRecord.participants.save')}
      save={save}
      onClose={onClose}
    >
      <div className="form__grid">
        <FormTextField
          control={form.control}
          name="name"
          label={t('sessionRecord.participants.fields.name')}
          description={t('sessionRecord.participants.hints.name')}
          autoComplete="off"
          isRequired
        />
        <FormDateField
          control={form.control}
          name="consentOn"
          label={t('sessionRecord.participants.fields.consentOn')}
          isRequired
        />
      </div>
    </ParticipantFormDialog>
  );
}

/** Withdraw a participant's consent from a date: off every later roster, past attendance kept. */
export function WithdrawConsentDialog({
  groupId,
  participant,
  onClose,
}: {
  groupId: number;
  participant: Participant;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const toInput = (values: WithdrawValues) => ({ groupId, id: participant.id, ...values });
  const form = useForm<WithdrawValues>({
    resolver: zodFormResolver({ schema: withdrawConsentInputSchema, toInput }),
    ...VALIDATE_AFTER_FIRST_SUBMIT,
    defaultValues: { withdrawnOn: localToday() },
  });
  return (
    <ParticipantFormDialog
      form={form}
      draftKey={`participant:${groupId}:${participant.id}:withdraw`}
      title={t('sessionRecord.participants.withdrawTitle', { name: participant.name })}
      saveLabel={t('sessionRecord.participants.confirmWithdraw')}
      save={(values) => call('withdrawParticipantConsent', toInput(values))}
      onClose={onClose}
    >
      <p>{t('sessionRecord.participants.withdrawIntro', { name: participant.name })}</p>
      <FormDateField
        control={form.control}
        name="withdrawnOn"
        label={t('sessionRecord.participants.fields.withdrawnOn')}
        isRequired
      />
    </ParticipantFormDialog>
  );
}
