import { chmodSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../main/app-error';
import { lockDataDir } from '../../../main/store/data-dir-lock';
import { makeTempDir } from '../../support/temp-core';

describe('the data folder lock', () => {
  it('refuses a second claim on the same folder with DATA_DIR_IN_USE, even from this process', () => {
    const dataDir = makeTempDir();
    const first = lockDataDir(dataDir);
    try {
      expect(() => lockDataDir(dataDir)).toThrow(AppError);
      expect(() => lockDataDir(dataDir)).toThrow(
        expect.objectContaining({ code: 'DATA_DIR_IN_USE', messageKey: 'errors.DATA_DIR_IN_USE' }),
      );
    } finally {
      first.release();
    }
  });

  it('can be claimed again once released', () => {
    const dataDir = makeTempDir();
    lockDataDir(dataDir).release();
    const again = lockDataDir(dataDir);
    again.release();
    again.release();
  });

  it('leaves no journal file beside the lock file', () => {
    const dataDir = makeTempDir();
    const lock = lockDataDir(dataDir);
    try {
      expect(existsSync(path.join(dataDir, 'circlekeeper.lock'))).toBe(true);
      expect(existsSync(path.join(dataDir, 'circlekeeper.lock-journal'))).toBe(false);
    } finally {
      lock.release();
    }
  });

  it('makes the folder owner-only, also when it already existed', () => {
    const existing = makeTempDir();
    chmodSync(existing, 0o755);
    lockDataDir(existing).release();
    expect(statSync(existing).mode & 0o777).toBe(0o700);

    const created = path.join(makeTempDir(), 'new', 'data');
    lockDataDir(created).release();
    expect(statSync(created).mode & 0o777).toBe(0o700);
  });
});
