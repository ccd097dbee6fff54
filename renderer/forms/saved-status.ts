// One "Saved." for every form. A save often moves to another screen (a new group opens its own
// page), so the note lives in the shell, not in the form that was saved.
import { useSyncExternalStore } from 'react';

const SHOWN_FOR_MS = 6_000;

let savedAt = 0;
let hideTimer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<() => void>();

function notify() {
  listeners.forEach((listener) => listener());
}

export function announceSaved(): void {
  savedAt = Date.now();
  clearTimeout(hideTimer);
  hideTimer = setTimeout(() => {
    savedAt = 0;
    notify();
  }, SHOWN_FOR_MS);
  notify();
}

/** A changing number while "Saved." should show (so a second save announces again), else 0. */
export function useSavedAt(): number {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => savedAt,
  );
}
