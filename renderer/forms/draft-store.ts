import { useLayoutEffect } from 'react';

// Unsaved form input kept across an auto-lock, for the same person only. It lives in this
// module's memory and nowhere else: never localStorage, sessionStorage or IndexedDB, so nothing
// typed reaches the disk, and closing the window forgets it.

const drafts = new Map<string, unknown>();
let owner: string | null = null;

/**
 * Tells the store who is signed in. Drafts belong to one person: when someone else signs in,
 * the previous person's drafts are forgotten before any screen can show them.
 */
export function setDraftOwner(username: string): void {
  if (username === owner) return;
  drafts.clear();
  owner = username;
}

/**
 * Keeps the store's owner in step with the session. A layout effect, so a different person's
 * drafts are gone before any form's (passive) effect looks for one.
 */
export function useDraftsBelongTo(username: string | undefined): void {
  useLayoutEffect(() => {
    if (username) setDraftOwner(username);
  }, [username]);
}

/** Signing out forgets every draft. */
export function discardAllDrafts(): void {
  drafts.clear();
  owner = null;
}

export function keepDraft(key: string, values: unknown): void {
  if (owner !== null) drafts.set(key, values);
}

export function findDraft(key: string): unknown {
  return drafts.get(key);
}

/** The first draft whose key starts with `prefix`, e.g. a location dialog to reopen. */
export function firstDraftKey(prefix: string): string | undefined {
  return [...drafts.keys()].find((key) => key.startsWith(prefix));
}

export function dropDraft(key: string): void {
  drafts.delete(key);
}
