import path from 'node:path';
import { Core } from '../../../main/core/core';
import type { BackupProgress } from '../../../shared/domain/backup';
import { ADMIN, TEST_SCRYPT } from '../../support/temp-core';
import { ADMIN_SECRET, centreWithData } from './support';

/** Each phase once, in order, with whether it has a measure (a total) to show as a percentage. */
function phasesOf(steps: readonly BackupProgress[]): string[] {
  const phases: string[] = [];
  for (const { phase, totalBytes } of steps) {
    const step = `${phase}${totalBytes > 0 ? ' %' : ''}`;
    if (phases.at(-1) !== step) phases.push(step);
  }
  return phases;
}

describe('the progress a backup and a restore report', () => {
  it('reads the copy back as a step without a percentage, not as 0 %', async () => {
    const { test, usb } = await centreWithData();
    await test.call('lock', {});
    const steps: BackupProgress[] = [];
    const core = new Core({
      dataDir: test.dataDir,
      scrypt: TEST_SCRYPT,
      isIdleLockTimerOn: false,
      onProgress: ({ progress }) => steps.push(progress),
    });
    await core.call('logIn', { username: ADMIN.username, password: ADMIN.password });
    const backup = await core.call('createBackup', { targetDir: usb });
    expect(backup).toMatchObject({ ok: true });
    expect(phasesOf(steps)).toEqual(['snapshot %', 'sealing %', 'checking', 'done %']);

    steps.length = 0;
    const file = path.join(usb, (backup as { value: { fileName: string } }).value.fileName);
    const restore = await core.call('restoreBackup', { file, secret: ADMIN_SECRET });
    expect(restore).toMatchObject({ ok: true });
    expect(phasesOf(steps)).toEqual(['verifying %', 'checking', 'restoring', 'done %']);
    await core.close();
    await test.cleanUp();
  });
});
