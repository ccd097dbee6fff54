import { useState } from 'react';
import { useQueries } from '@tanstack/react-query';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from '../../i18n/use-translation';
import { FACILITATOR_ROLES, readinessForRole } from '../../../shared/domain/facilitators';
import type { SessionFacilitator } from '../../../shared/domain/session-cover';
import { call } from '../../api/client';
import { useUnsavedChanges } from '../../forms/useUnsavedChanges';
import { ReadinessSummary } from '../../people/Readiness';
import { Button } from '../../ui/Button';
import { OverrideReasonField } from '../../groups/facilitators/OverrideReasonField';
import { FormDialog } from '../../ui/FormDialog';
import { FormSubmitError } from '../../ui/FormSubmitError';
import { SelectField } from '../../ui/SelectField';
import {
  isLeadOverride,
  toFormValues,
  toInput,
  type CoverFix,
  type CoverFormValues,
  type CoverRow,
} from './cover-form';
import { CoverPicker } from './CoverPicker';

interface SessionCoverDialogProps {
  sessionId: number;
  current: readonly SessionFacilitator[];
  /** Opened from a problem: the person to replace. */
  fix: CoverFix;
  onSave: (input: ReturnType<typeof toInput>) => Promise<unknown>;
  onClose: () => void;
}

/** Chooses this session's facilitators: each person's readiness shows for the role they take. */
export function SessionCoverDialog({
  sessionId,
  current,
  fix,
  onSave,
  onClose,
}: SessionCoverDialogProps) {
  const { t } = useTranslation();
  const form = useForm<CoverFormValues>({ defaultValues: toFormValues(current) });
  const { control, formState, setValue } = form;
  const rows = useWatch({ control, name: 'facilitators' });
  const [replaceId, setReplaceId] = useState(fix.replaceId);
  // Someone new leads when nobody does yet (a gap's fix), and co-facilitates otherwise.
  const addRole = rows.some((r) => r.role === 'lead') ? 'co' : 'lead';
  // Readiness depends on the role chosen here, so each person's whole readiness is fetched.
  const volunteers = useQueries({
    queries: rows.map((row) => ({
      queryKey: ['volunteers', 'one', row.volunteerId],
      queryFn: () => call('getVolunteer', { id: row.volunteerId }),
    })),
  });
  const readinessOf = (id: number) =>
    volunteers.find((q) => q.data?.id === id)?.data?.readiness ?? undefined;
  const unsaved = useUnsavedChanges({
    form,
    draftKey: `sessionCover:${sessionId}`,
    subject: 'facilitator',
    // Only the reason has a field of its own; the list's problems show above the form.
    fieldFor: (path) => (path === 'overrideReason' ? path : 'root.submit'),
  });
  const setRows = (next: CoverRow[]) => setValue('facilitators', next, { shouldDirty: true });
  const replacing = rows.find((r) => r.volunteerId === replaceId) ?? null;
  const choose = (row: CoverRow) => {
    setRows(replacing ? rows.map((r) => (r.volunteerId === replaceId ? row : r)) : [...rows, row]);
    setReplaceId(null);
  };
  const submit = unsaved.submitWith(async (values) => {
    const saved = await onSave(toInput(sessionId, values));
    onClose();
    return saved;
  });
  const cancel = () => unsaved.confirmLeave(onClose);
  const isReasonShown =
    isLeadOverride(rows, readinessOf) || formState.errors.overrideReason !== undefined;
  return (
    <FormDialog
      isOpen
      onOpenChange={(isOpen) => !isOpen && cancel()}
      title={t('cover.dialog.title')}
    >
      <form noValidate onSubmit={submit} className="form">
        {unsaved.notices}
        <p>{t('cover.dialog.intro')}</p>
        <FormSubmitError errors={formState.errors} />
        <section aria-labelledby="cover-rows-heading">
          <h3 id="cover-rows-heading">{t('cover.dialog.listLabel')}</h3>
          {rows.length === 0 && <p>{t('cover.dialog.noneChosen')}</p>}
          <ul className="cover-rows">
            {rows.map((row) => {
              const readiness = readinessOf(row.volunteerId);
              return (
                <li key={row.volunteerId} className="cover-rows__row">
                  <span className="cover-rows__name">{row.displayName}</span>
                  <SelectField
                    label={t('cover.dialog.roleOf', { name: row.displayName })}
                    value={row.role}
                    onChange={(role) =>
                      setRows(
                        rows.map((r) =>
                          r.volunteerId === row.volunteerId
                            ? { ...r, role: role as CoverRow['role'] }
                            : r,
                        ),
                      )
                    }
                    options={FACILITATOR_ROLES.map((value) => ({
                      value,
                      label: t(`enums.facilitatorRole.${value}`),
                    }))}
                  />
                  {readiness && (
                    <ReadinessSummary readiness={readinessForRole(readiness, row.role)} />
                  )}
                  <div className="cover-rows__actions">
                    <Button
                      onPress={() => setReplaceId(row.volunteerId)}
                      aria-label={t('cover.dialog.replaceNamed', { name: row.displayName })}
                    >
                      {t('cover.dialog.replaceShort')}
                    </Button>
                    <Button
                      variant="danger"
                      onPress={() => setRows(rows.filter((r) => r.volunteerId !== row.volunteerId))}
                      aria-label={t('cover.dialog.removeNamed', { name: row.displayName })}
                    >
                      {t('cover.dialog.remove')}
                    </Button>
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
        <CoverPicker
          key={replaceId ?? `add-${addRole}`}
          replacing={replacing}
          addRole={addRole}
          excludedIds={new Set(rows.map((r) => r.volunteerId))}
          onChoose={choose}
          onCancelReplace={() => setReplaceId(null)}
        />
        {isReasonShown && <OverrideReasonField control={control} />}
        <div className="form__actions">
          <Button onPress={cancel}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" isDisabled={formState.isSubmitting}>
            {t('cover.dialog.save')}
          </Button>
        </div>
      </form>
    </FormDialog>
  );
}
