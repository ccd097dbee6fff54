import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { vaultPaths } from '../../main/vault/vault';
import { callServe, CLI, runCli, startServe } from '../support/cli';
import { createTestCore, makeTempDir } from '../support/temp-core';

const PASSWORD = 'correct-horse-battery';
/** A password that passes the rules (it must not contain the username). */
const passwordOf = (username: string) =>
  `harbour-light-${username.length}-${username.charCodeAt(0)}`;
const IN_USE = 'Circlekeeper is already running with this data folder.';

async function initFolder(): Promise<string> {
  const dataDir = makeTempDir('ck-one-');
  const init = await runCli(
    ['init', '--data-dir', dataDir, '--org', 'Lock Centre', '--admin', 'manager'],
    `${PASSWORD}\n${PASSWORD}\n`,
  );
  expect(init.code).toBe(0);
  return dataDir;
}

/** `serve` started and then killed with SIGKILL: no handler runs, no lock is released by hand. */
async function serveAndKill(dataDir: string): Promise<void> {
  const child = spawn(process.execPath, [CLI, 'serve', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('http://')) resolve();
    });
  });
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

describe('one process per data folder', () => {
  it('refuses a second serve, init and demo-data while serve runs, and changes nothing', async () => {
    const dataDir = await initFolder();
    const keySlots = readFileSync(vaultPaths(dataDir).keySlots);
    const app = await startServe(dataDir);
    try {
      const results = await Promise.all([
        runCli(['serve', '--data-dir', dataDir]),
        runCli(
          ['init', '--data-dir', dataDir, '--org', 'X', '--admin', 'other'],
          `${PASSWORD}\n${PASSWORD}\n`,
        ),
        runCli(['demo-data', '--data-dir', dataDir, '--admin', 'manager'], `${PASSWORD}\n`),
      ]);
      for (const result of results) {
        expect(result.code).toBe(1);
        expect(result.stderr).toContain(IN_USE);
        expect(result.stdout).toBe('');
      }
      expect(readFileSync(vaultPaths(dataDir).keySlots).equals(keySlots)).toBe(true);
      expect((await callServe(app, 'getVaultStatus')).ok).toBe(true);
    } finally {
      await app.stop();
    }
  }, 30_000);

  it('says so in Spanish too', async () => {
    const dataDir = await initFolder();
    const app = await startServe(dataDir);
    try {
      const result = await runCli(['serve', '--data-dir', dataDir], '', {
        CIRCLEKEEPER_LANGUAGE: 'es',
      });
      expect(result.stderr).toContain(
        'Circlekeeper ya se está ejecutando con esta carpeta de datos.',
      );
    } finally {
      await app.stop();
    }
  }, 30_000);

  it('lets the next process in once the first has stopped, or was killed with kill -9', async () => {
    const dataDir = await initFolder();
    const first = await startServe(dataDir);
    await first.stop();
    const second = await startServe(dataDir);
    await second.stop();
    await serveAndKill(dataDir);
    const afterCrash = await startServe(dataDir);
    await afterCrash.stop();
  }, 30_000);

  it('keeps every key slot when two processes race to create users', async () => {
    const dataDir = await initFolder();
    const raced = await Promise.allSettled([startServe(dataDir), startServe(dataDir)]);
    const running = raced.flatMap((outcome) =>
      outcome.status === 'fulfilled' ? [outcome.value] : [],
    );
    const refused = raced.flatMap((outcome) =>
      outcome.status === 'rejected' ? [String(outcome.reason)] : [],
    );
    expect(running).toHaveLength(1);
    expect(refused).toEqual([expect.stringContaining(IN_USE)]);

    const usernames = ['ana', 'ben', 'cleo', 'dev', 'eli', 'fay'];
    const app = running[0]!;
    try {
      expect((await callServe(app, 'logIn', { username: 'manager', password: PASSWORD })).ok).toBe(
        true,
      );
      const created = await Promise.all(
        usernames.map((username) =>
          callServe(app, 'createUser', {
            username,
            displayName: username,
            role: 'coordinator',
            password: passwordOf(username),
          }),
        ),
      );
      expect(created.map((result) => result.ok)).toEqual(usernames.map(() => true));
    } finally {
      await app.stop();
    }

    const check = createTestCore(dataDir);
    try {
      for (const username of usernames) {
        await check.call('logIn', { username, password: passwordOf(username) });
      }
    } finally {
      await check.core.close();
    }
  }, 60_000);

  it('keeps the serve process out of core dumps', async () => {
    const dataDir = await initFolder();
    const app = await startServe(dataDir);
    try {
      expect(readFileSync(`/proc/${app.pid}/coredump_filter`, 'utf8').trim()).toBe('00000000');
    } finally {
      await app.stop();
    }
  }, 30_000);
});
