import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from '../../i18n/use-translation';
import {
  FACILITATOR_ROLES,
  readinessForRole,
  type AssignFacilitatorInput,
  type GroupFacilitator,
} from '../../../shared/domain/facilitators';
import type { VolunteerReadiness } from '../../../shared/domain/readiness';
import { call } from '../../api/client';
import { useUnsavedChanges } from '../../forms/useUnsavedChanges';
import { VALIDATE_AFTER_FIRST_SUBMIT } from '../../forms/validation-mode';
import { ReadinessSummary } from '../../people/Readiness';
import { FormRadioGroupField } from '../../ui/form-fields';
import { FormDialogFrame } from '../../ui/FormDialogFrame';
import {
  facilitatorResolver,
  needsOverrideReason,
  valuesToInput,
  type FacilitatorFormValues,
} from './facilitator-form';
import { OverrideReasonField } from './OverrideReasonField';
import { ReadinessWarning } from './ReadinessWarning';
import { VolunteerPicker } from './VolunteerPicker';

interface FacilitatorDialogProps {
  groupId: number;
  /** Someone already in the group (change their role), or null to add someone. */
  facilitator: GroupFacilitator | null;
  excludedIds: ReadonlySet<number>;
  onSave: (input: AssignFacilitatorInput) => Promise<unknown>;
  onClose: () => void;
}

/** Add a facilitator, or change one's role: the chosen person's readiness shows as it changes. */
export function FacilitatorDialog({
  groupId,
  facilitator,
  excludedIds,
  onSave,
  onClose,
}: FacilitatorDialogProps) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<{ name: string; readiness: VolunteerReadiness } | null>(
    null,
  );
  // Changing a role: the person's readiness for every role comes from their record.
  const current = useQuery({
    queryKey: ['volunteers', 'one', facilitator?.volunteerId],
    queryFn: () => call('getVolunteer', { id: facilitator!.volunteerId }),
    enabled: facilitator !== null,
  });
  const chosen = facilitator
    ? current.data && { name: facilitator.displayName, readiness: current.data.readiness }
    : picked;
  const readiness = chosen?.readiness ?? null;
  const resolver = useMemo(() => facilitatorResolver(groupId, readiness), [groupId, readiness]);
  const form = useForm<FacilitatorFormValues>({
    resolver,
    ...VALIDATE_AFTER_FIRST_SUBMIT,
    defaultValues: {
      volunteerId: facilitator ? String(facilitator.volunteerId) : '',
      role: facilitator?.role ?? 'co',
      overrideReason: facilitator?.overrideReason ?? '',
    },
  });
  const { control, formState } = form;
  const role = useWatch({ control, name: 'role' });
  const unsaved = useUnsavedChanges({
    form,
    draftKey: `facilitator:${groupId}:${facilitator?.volunteerId ?? 'new'}`,
    subject: 'facilitator',
  });
  const submit = unsaved.submitWith(async (values) => {
    const saved = await onSave(valuesToInput(groupId, values));
    onClose();
    return saved;
  });
  const cancel = () => unsaved.confirmLeave(onClose);
  const isReasonNeeded = needsOverrideReason(readiness, role);
  const title = facilitator
    ? t('facilitators.changeTitle', { name: facilitator.displayName })
    : t('facilitators.addTitle');

  return (
    <FormDialogFrame
      title={title}
      submitLabel={t('facilitators.save')}
      formState={formState}
      onSubmit={submit}
      onCancel={cancel}
      notices={unsaved.notices}
    >
      {!facilitator && (
        <VolunteerPicker
          control={control}
          excludedIds={excludedIds}
          onPick={(v) => setPicked(v && { name: v.displayName, readiness: v.readiness })}
        />
      )}
      <FormRadioGroupField
        control={control}
        name="role"
        label={t('facilitators.fields.role')}
        options={FACILITATOR_ROLES.map((value) => ({
          value,
          label: t(`enums.facilitatorRole.${value}`),
        }))}
      />
      {chosen && (
        <section className="form__wide" aria-label={t('facilitators.readinessFor')}>
          <h3 className="field__label">{t('facilitators.readinessFor')}</h3>
          <ReadinessSummary readiness={readinessForRole(chosen.readiness, role)} />
          <ReadinessWarning
            name={chosen.name}
            readiness={readinessForRole(chosen.readiness, role)}
            isLead={role === 'lead'}
          />
        </section>
      )}
      {isReasonNeeded && <OverrideReasonField control={control} />}
    </FormDialogFrame>
  );
}
