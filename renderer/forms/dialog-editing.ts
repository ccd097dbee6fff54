import { useState } from 'react';
import { firstDraftKey } from './draft-store';

/** What a list screen's form dialog is doing: null, no dialog; 'new', adding; a record, editing it. */
export type Editing<R> = null | 'new' | R;

/**
 * The dialog a list screen shows (add or edit one record), named `<subject>:new` or
 * `<subject>:<id>` for its draft. Back from an auto-lock, the dialog whose unsaved input was kept
 * opens again, once, as soon as the records are there.
 */
export function useDialogEditing<R extends { id: number }>(
  subject: string,
  records: readonly R[] | undefined,
) {
  const [editing, setEditing] = useState<Editing<R>>(null);
  const draftKeyFor = (target: 'new' | R) => `${subject}:${target === 'new' ? 'new' : target.id}`;
  const [keptDraft, setKeptDraft] = useState(() => firstDraftKey(`${subject}:`));
  if (keptDraft && records) {
    setKeptDraft(undefined);
    const record = records.find((r) => draftKeyFor(r) === keptDraft);
    setEditing(keptDraft === draftKeyFor('new') ? 'new' : (record ?? null));
  }
  return { editing, setEditing, draftKeyFor };
}
