import type { BackupPreview } from '../../shared/domain/backup';

// After a restore the core locks and everyone signs in again: the sign-in screen says that the
// restore worked, once. Kept in this page's memory only, like who locked the screen.
let notice: BackupPreview | null = null;

export function noteRestoreDone(preview: BackupPreview): void {
  notice = preview;
}

/** The restore just done, if any; reading it clears it. */
export function takeRestoreNotice(): BackupPreview | null {
  const done = notice;
  notice = null;
  return done;
}
