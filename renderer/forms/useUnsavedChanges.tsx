import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { FieldValues, Path, PathValue, UseFormReturn } from 'react-hook-form';
import { useTranslation } from '../i18n/use-translation';
import { StatusNote } from '../ui/Alert';
import { showApiErrorOnForm } from './api-form-errors';
import { dropDraft, findDraft, keepDraft } from './draft-store';
import { announceSaved } from './saved-status';
import { useLeaveQuestion } from './useLeaveQuestion';

/** What a save returns when the person chose not to save after all: nothing says "Saved.". */
export const SAVE_ABANDONED = Symbol('save abandoned');

/** What the "Leave without saving?" question says will be lost. */
export type UnsavedSubject =
  | 'group'
  | 'location'
  | 'settings'
  | 'facilitator'
  | 'volunteer'
  | 'training'
  | 'incident'
  | 'incidentNote'
  | 'trainingCompletion'
  | 'user'
  | 'password'
  | 'closure'
  | 'sessionChange'
  | 'sessionRecord'
  | 'participant'
  | 'resource';

interface UnsavedChangesOptions<V extends FieldValues> {
  form: UseFormReturn<V>;
  /** Names this form and its record, e.g. `group:12` or `group:new`. */
  draftKey: string;
  subject: UnsavedSubject;
  fieldFor?: (path: string, values: V) => string;
  /** Fields left out of the kept draft: a typed password must not outlive a lock. */
  unkeptFields?: readonly Path<V>[];
}

export interface UnsavedChanges<V extends FieldValues> {
  /** The form's submit handler: saves, then says "Saved."; a failure shows on the form. */
  submitWith: (save: (values: V) => Promise<unknown>) => () => Promise<void>;
  /** Runs `leave` at once when nothing changed, otherwise after the person confirms. */
  confirmLeave: (leave: () => void) => void;
  /** The restored-draft note and the leave question; render them inside the form. */
  notices: ReactNode;
}

/**
 * One guard for every form: asks before unsaved changes are left behind (a Cancel button, a
 * dialog's Escape, a sidebar link, browser back), keeps the input in memory across an auto-lock
 * (see draft-store), and says "Saved." after a save.
 */
export function useUnsavedChanges<V extends FieldValues>({
  form,
  draftKey,
  subject,
  fieldFor,
  unkeptFields = [],
}: UnsavedChangesOptions<V>): UnsavedChanges<V> {
  const { t } = useTranslation();
  const { setValue, subscribe, handleSubmit, setError } = form;
  const isSaving = useRef(false);
  // A string, so that a list written inline does not restart the effect below at every render.
  const unkeptNames = unkeptFields.join(' ');
  const [wasRestored, setWasRestored] = useState(() => findDraft(draftKey) !== undefined);

  useEffect(() => {
    const draft = findDraft(draftKey) as Partial<V> | undefined;
    for (const [name, value] of Object.entries(draft ?? {})) {
      setValue(name as Path<V>, value as PathValue<V, Path<V>>, { shouldDirty: true });
    }
    const unkept = unkeptNames.split(' ');
    return subscribe({
      formState: { values: true, isDirty: true },
      // A copy: the form keeps changing its own values object in place.
      callback: ({ values, isDirty }) => {
        if (!isDirty) return dropDraft(draftKey);
        const kept: Record<string, unknown> = { ...values };
        for (const field of unkept) delete kept[field];
        keepDraft(draftKey, kept);
      },
    });
  }, [draftKey, setValue, subscribe, unkeptNames]);

  // A draft exists exactly while there are unsaved changes; sign-out discards it, and then
  // leaving needs no question.
  const hasUnsavedChanges = () => !isSaving.current && findDraft(draftKey) !== undefined;
  const { confirmLeave, dialog } = useLeaveQuestion({
    shouldAsk: hasUnsavedChanges,
    lostText: t(`unsaved.lost.${subject}`),
    onLeave: () => dropDraft(draftKey),
  });

  const submitWith: UnsavedChanges<V>['submitWith'] = (save) =>
    handleSubmit(async (values) => {
      isSaving.current = true;
      try {
        if ((await save(values)) === SAVE_ABANDONED) return;
        dropDraft(draftKey);
        setWasRestored(false);
        announceSaved();
      } catch (error) {
        showApiErrorOnForm(setError, error, values, fieldFor);
      } finally {
        isSaving.current = false;
      }
    });

  const notices = (
    <>
      {wasRestored && <StatusNote>{t('unsaved.restored')}</StatusNote>}
      {dialog}
    </>
  );

  return { submitWith, confirmLeave, notices };
}
