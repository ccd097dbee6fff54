import { spawn } from 'node:child_process';
import Sqlite from 'better-sqlite3-multiple-ciphers';
import { readdirSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { CLI, runCli } from '../support/cli';
import { rawRequest } from '../support/http';
import { makeTempDir } from '../support/temp-core';

const PASSWORD = 'correct-horse-battery';
// Each command starts Node, a core worker and the real scrypt: seconds on a busy machine.
jest.setTimeout(30_000);

describe('circlekeeper CLI', () => {
  const dataDir = makeTempDir('ck-cli-');
  let recoveryKey = '';

  it('init sets up a vault and prints the recovery key on its own line', async () => {
    const result = await runCli(
      ['init', '--data-dir', dataDir, '--org', 'Millbrook Centre', '--admin', 'manager'],
      `${PASSWORD}\n`,
    );
    expect(result.code).toBe(0);
    const line = result.stdout.split('\n').find((l) => l.startsWith('Recovery key: '));
    expect(line).toMatch(/^Recovery key: [0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
    recoveryKey = line!.slice('Recovery key: '.length);
  });

  it('init refuses to set up twice and says so', async () => {
    const result = await runCli(
      ['init', '--data-dir', dataDir, '--org', 'Again', '--admin', 'manager'],
      `${PASSWORD}\n`,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('already set up');
  });

  it('init refuses a folder whose database has lost its key file, says what to do, and keeps the data', async () => {
    const damaged = makeTempDir('ck-cli-keyfile-');
    const first = await runCli(
      ['init', '--data-dir', damaged, '--org', 'Kept Centre', '--admin', 'manager'],
      `${PASSWORD}\n`,
    );
    expect(first.code).toBe(0);
    const keySlots = path.join(damaged, 'keyslots.json');
    const database = readFileSync(path.join(damaged, 'circlekeeper.db'));
    renameSync(keySlots, `${keySlots}.elsewhere`);

    const again = await runCli(
      ['init', '--data-dir', damaged, '--org', 'Takeover', '--admin', 'manager'],
      `${PASSWORD}\n`,
    );
    expect(again.code).toBe(1);
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain('its key file (keyslots.json) is missing or damaged');
    expect(again.stderr).toContain('Put keyslots.json back from a copy, or restore a backup.');
    expect(readFileSync(path.join(damaged, 'circlekeeper.db')).equals(database)).toBe(true);
    expect(readdirSync(damaged).sort()).toEqual([
      'circlekeeper.db',
      'circlekeeper.lock',
      'keyslots.json.elsewhere',
    ]);
  });

  it('init refuses a weak password with the rule that failed', async () => {
    const result = await runCli(
      ['init', '--data-dir', makeTempDir(), '--org', 'X', '--admin', 'manager'],
      'short\n',
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('admin.password: This password does not meet the rules below.');
  });

  it('demo-data fills the database through the API', async () => {
    const result = await runCli(
      ['demo-data', '--data-dir', dataDir, '--size', 'small', '--admin', 'manager'],
      `${PASSWORD}\n`,
    );
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Added demo data: 4 locations and 12 groups.');
  });

  it('demo-data refuses a wrong password and an unknown size', async () => {
    const wrong = await runCli(
      ['demo-data', '--data-dir', dataDir, '--admin', 'manager'],
      'not-the-password\n',
    );
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('That username or password is not right.');
    const size = await runCli(
      ['demo-data', '--data-dir', dataDir, '--size', 'huge'],
      `${PASSWORD}\n`,
    );
    expect(size.code).toBe(2);
    expect(size.stderr).toContain('Bad value for --size: huge');
  });

  it('db-key prints only the raw key, which opens the file with standard SQLCipher settings', async () => {
    const result = await runCli(
      ['db-key', '--data-dir', dataDir],
      `${recoveryKey.toLowerCase()}\n`,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^[0-9a-f]{64}\n$/);
    expect(result.stderr).toContain('WARNING');
    const db = new Sqlite(path.join(dataDir, 'circlekeeper.db'), { readonly: true });
    try {
      db.pragma(`cipher='sqlcipher'`);
      db.pragma('legacy=4');
      db.pragma(`key="x'${result.stdout.trim()}'"`);
      expect(db.prepare('SELECT count(*) AS n FROM support_group').get()).toEqual({ n: 12 });
    } finally {
      db.close();
    }
  });

  it('db-key refuses a wrong recovery key without printing any key', async () => {
    const result = await runCli(
      ['db-key', '--data-dir', dataDir],
      'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA\n',
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('recovery key does not open this data');
  });

  it('speaks Spanish when asked', async () => {
    const result = await runCli(
      ['demo-data', '--data-dir', dataDir, '--admin', 'manager'],
      'nope-nope-nope\n',
      {
        CIRCLEKEEPER_LANGUAGE: 'es',
      },
    );
    expect(result.stderr).toContain('El usuario o la contraseña no son correctos.');
  });

  it('explains usage for an unknown command or a missing option', async () => {
    const unknown = await runCli(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command: frobnicate');
    const missing = await runCli(['init', '--data-dir', makeTempDir()]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Missing option: --org');
  });

  it('takes the data folder from CIRCLEKEEPER_DATA_DIR', async () => {
    const envDir = makeTempDir('ck-env-');
    const result = await runCli(
      ['init', '--org', 'Env Centre', '--admin', 'manager'],
      `${PASSWORD}\n`,
      {
        CIRCLEKEEPER_DATA_DIR: envDir,
      },
    );
    expect(result.stdout).toContain(`Circlekeeper is set up in ${envDir}.`);
  });

  it('serve prints a loopback URL that answers with the app', async () => {
    const child = spawn(process.execPath, [CLI, 'serve', '--data-dir', dataDir], {
      env: { ...process.env, CIRCLEKEEPER_LANGUAGE: 'en' },
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(out);
          if (match) resolve(match[0]);
        });
        child.on('exit', () => reject(new Error(`serve exited: ${out}`)));
      });
      const page = await rawRequest(url);
      expect(page.status).toBe(200);
      expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    } finally {
      child.kill('SIGTERM');
    }
  });
});
