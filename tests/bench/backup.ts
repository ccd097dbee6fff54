// Backup + verify against a bare `VACUUM INTO` of the same database, in the same run (DESIGN §8:
// within 2.5×), and the time a restore takes (verification, staging and the journalled swap).
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Core } from '../../main/core/core';
import { makeTempDir } from '../support/temp-core';
import { ms, summarize } from './stats';
import { ratioOf, type Report } from './table';

const RUNS = 7;
const RATIO_GOAL = 2.5;

interface Caller {
  (
    method: 'createBackup',
    input: { targetDir: string },
  ): Promise<{ file: string; sizeBytes: number }>;
}

export async function benchBackup(
  core: Core,
  call: Caller,
  signIn: () => Promise<unknown>,
  secret: { kind: 'password'; username: string; password: string },
  report: Report,
): Promise<void> {
  const work = makeTempDir('ck-bench-backup-');
  const bare: number[] = [];
  const backup: number[] = [];
  let last = { file: '', sizeBytes: 0 };
  try {
    // Alternated, so both see the same page cache and the same machine load.
    for (let i = 0; i < RUNS; i += 1) {
      const file = path.join(work, `bare-${i}.db`);
      let start = performance.now();
      core.vault.store.snapshotInto(file);
      bare.push(performance.now() - start);
      rmSync(file);
      const dir = path.join(work, `usb-${i}`);
      mkdirSync(dir);
      start = performance.now();
      last = await call('createBackup', { targetDir: dir });
      backup.push(performance.now() - start);
    }
    const restore: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const start = performance.now();
      const result = await core.call('restoreBackup', { file: last.file, secret });
      if (!result.ok) throw new Error(`restoreBackup failed: ${result.error.code}`);
      restore.push(performance.now() - start);
      await signIn();
    }
    const b = summarize(bare);
    const k = summarize(backup);
    const r = summarize(restore);
    console.log(
      `backup file size                   ${(last.sizeBytes / 1024 / 1024).toFixed(2)} MB`,
    );
    console.log(
      `bare VACUUM INTO                   runs=${b.runs}  p50=${ms(b.p50)}  max=${ms(b.max)}`,
    );
    report('backup + verify (createBackup) vs bare VACUUM INTO', k, Number.POSITIVE_INFINITY, {
      ratio: ratioOf(k, b),
      maxRatio: RATIO_GOAL,
      baseline: b,
    });
    console.log(
      `restore (restoreBackup)            runs=${r.runs}  p50=${ms(r.p50)}  max=${ms(r.max)}`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
