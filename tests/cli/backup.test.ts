import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, truncateSync } from 'node:fs';
import path from 'node:path';
import { openBackupFile } from '../../main/backup/verifier';
import { CLI, runCli } from '../support/cli';
import { createTestCore, makeTempDir } from '../support/temp-core';

// Each step spawns the CLI and its core worker with the real scrypt cost.
jest.setTimeout(120_000);

const PASSWORD = 'correct-horse-battery';
const ADMIN_ARGS = ['--admin', 'manager'];

async function ok(args: string[], stdin: string) {
  const result = await runCli(args, stdin);
  expect({ code: result.code, stderr: result.stderr }).toMatchObject({ code: 0 });
  return result.stdout;
}

/** Runs the CLI and kills it with SIGKILL after `ms`, as a power cut would. */
function killAfter(args: string[], stdin: string, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['pipe', 'ignore', 'ignore'] });
    child.stdin.end(stdin);
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** What the folder holds now, read as the app would at its next start. */
async function locationNames(dataDir: string): Promise<string[]> {
  const core = createTestCore(dataDir);
  await core.call('logIn', { username: 'manager', password: PASSWORD });
  const names = (await core.call('listLocations', {})).map((l) => l.name).sort();
  await core.core.close();
  return names;
}

describe('circlekeeper backup, verify-backup and restore', () => {
  const dataDir = makeTempDir('ck-cli-backup-');
  const usb = path.join(makeTempDir('ck-cli-usb-'), 'USB');
  let recoveryKey = '';
  let file = '';
  let oldNames: string[] = [];

  beforeAll(async () => {
    mkdirSync(usb);
    const init = await ok(
      ['init', '--data-dir', dataDir, '--org', 'Millbrook Centre', ...ADMIN_ARGS],
      `${PASSWORD}\n${PASSWORD}\n`,
    );
    recoveryKey = /Recovery key: (\S+)/.exec(init)![1]!;
    await ok(
      ['demo-data', '--data-dir', dataDir, '--size', 'small', ...ADMIN_ARGS],
      `${PASSWORD}\n`,
    );
  });

  it('backup writes a verified file and says what it holds', async () => {
    const out = await ok(
      ['backup', '--data-dir', dataDir, '--to', usb, ...ADMIN_ARGS],
      `${PASSWORD}\n`,
    );
    expect(out).toMatch(
      /Backup written and verified: .*circlekeeper-.*\.ckbackup \(.*support_group \d+/,
    );
    file = path.join(usb, readdirSync(usb)[0]!);
    oldNames = await locationNames(dataDir);
  });

  it('verify-backup accepts the file with the recovery key and refuses a cut copy', async () => {
    expect(await ok(['verify-backup', file!], `${recoveryKey}\n`)).toContain('complete and opens');
    const cut = path.join(makeTempDir(), 'cut.ckbackup');
    copyFileSync(file, cut);
    truncateSync(cut, 5000);
    const refused = await runCli(['verify-backup', cut], `${recoveryKey}\n`);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('damaged or incomplete');
  });

  it('restore sets up a new computer from the file and the recovery key alone', async () => {
    const newPc = path.join(makeTempDir('ck-cli-newpc-'), 'data');
    expect(await ok(['restore', '--data-dir', newPc, file], `${recoveryKey}\n`)).toContain(
      'Restored into',
    );
    expect(await locationNames(newPc)).toEqual(oldNames);
  });

  it('never leaves a complete-looking file when killed during a backup', async () => {
    for (const ms of [150, 400, 800, 1200]) {
      await killAfter(
        ['backup', '--data-dir', dataDir, '--to', usb, ...ADMIN_ARGS],
        `${PASSWORD}\n`,
        ms,
      );
    }
    for (const name of readdirSync(usb).filter((n) => n.endsWith('.ckbackup'))) {
      const opened = await openBackupFile(path.join(usb, name), {
        kind: 'recoveryKey',
        recoveryKey,
      });
      opened.key.fill(0);
    }
  });

  it('starts with the old data or the restored data, never a mix, when killed during a restore', async () => {
    const core = createTestCore(dataDir);
    await core.call('logIn', { username: 'manager', password: PASSWORD });
    await core.call('createLocation', { name: 'Added after the backup' });
    await core.core.close();
    const newer = await locationNames(dataDir);
    for (const ms of [200, 500, 900, 1300, 1800]) {
      await killAfter(['restore', '--data-dir', dataDir, file, ...ADMIN_ARGS], `${PASSWORD}\n`, ms);
      const names = await locationNames(dataDir);
      expect([newer, oldNames]).toContainEqual(names);
    }
    // Whatever the kills hit, a restore run to the end gives the backup's data.
    await ok(['restore', '--data-dir', dataDir, file, ...ADMIN_ARGS], `${PASSWORD}\n`);
    expect(await locationNames(dataDir)).toEqual(oldNames);
  });
});
