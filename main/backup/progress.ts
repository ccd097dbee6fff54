import { statSync } from 'node:fs';
import type { BackupPhase, BackupProgress } from '../../shared/domain/backup';

/**
 * One step of a backup or restore, as the core reports it. While SQLite writes the snapshot the
 * core thread is busy inside one statement, so that phase names the file being written and
 * whoever answers a progress question reads its size (see `currentProgress`).
 */
export interface ProgressStep {
  progress: BackupProgress;
  growingFile: string | null;
}

export type ProgressListener = (step: ProgressStep) => void;

/** The progress to show now: for a file being written, its size so far is the bytes done. */
export function currentProgress(step: ProgressStep | null): BackupProgress | null {
  if (!step) return null;
  if (!step.growingFile) return step.progress;
  let size = step.progress.doneBytes;
  try {
    size = statSync(step.growingFile).size;
  } catch {
    // Not created yet, or already renamed: the last reported number stands.
  }
  return { ...step.progress, doneBytes: Math.min(size, step.progress.totalBytes) };
}

/** Keeps the latest step and tells a listener (the worker relays it to its host). */
export class ProgressTracker {
  private latest: ProgressStep | null = null;

  constructor(private readonly listener?: ProgressListener) {}

  begin(operation: BackupProgress['operation'], totalBytes: number): void {
    this.set({
      progress: {
        operation,
        phase: operation === 'backup' ? 'snapshot' : 'verifying',
        doneBytes: 0,
        totalBytes,
        startedAt: new Date().toISOString(),
      },
      growingFile: null,
    });
  }

  report(
    phase: BackupPhase,
    doneBytes: number,
    totalBytes?: number,
    growingFile: string | null = null,
  ): void {
    if (!this.latest) return;
    const { progress } = this.latest;
    this.set({
      progress: { ...progress, phase, doneBytes, totalBytes: totalBytes ?? progress.totalBytes },
      growingFile,
    });
  }

  /** A step that cannot say how far it is (one long SQLite statement): no percentage. */
  reportUnmeasured(phase: BackupPhase): void {
    this.report(phase, 0, 0);
  }

  current(): BackupProgress | null {
    return currentProgress(this.latest);
  }

  private set(step: ProgressStep): void {
    this.latest = step;
    this.listener?.(step);
  }
}
