import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import Sqlite from 'better-sqlite3-multiple-ciphers';
import { readdirSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { CLI, runCli } from '../support/cli';
import { rawRequest } from '../support/http';
import { COMMAND_OPTIONS } from '../../main/cli/help';
import { createTestCore, makeTempDir } from '../support/temp-core';

// Each test spawns the CLI (and its core worker) a few times: slow on a busy 2-core PC.
jest.setTimeout(60_000);

const PASSWORD = 'correct-horse-battery';
/** init asks for the password twice: piped, that is two lines. */
const TWICE = `${PASSWORD}\n${PASSWORD}\n`;

describe('circlekeeper CLI', () => {
  const dataDir = makeTempDir('ck-cli-');
  let recoveryKey = '';

  it('init sets up a vault and prints the recovery key on its own line', async () => {
    const result = await runCli(
      ['init', '--data-dir', dataDir, '--org', 'Millbrook Centre', '--admin', 'manager'],
      TWICE,
    );
    expect(result.code).toBe(0);
    const line = result.stdout.split('\n').find((l) => l.startsWith('Recovery key: '));
    expect(line).toMatch(/^Recovery key: [0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
    recoveryKey = line!.slice('Recovery key: '.length);
  });

  it('init refuses to set up twice and says so', async () => {
    const result = await runCli(
      ['init', '--data-dir', dataDir, '--org', 'Again', '--admin', 'manager'],
      TWICE,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('already set up');
  });

  it('init refuses a folder whose database has lost its key file, says what to do, and keeps the data', async () => {
    const damaged = makeTempDir('ck-cli-keyfile-');
    const first = await runCli(
      ['init', '--data-dir', damaged, '--org', 'Kept Centre', '--admin', 'manager'],
      TWICE,
    );
    expect(first.code).toBe(0);
    const keySlots = path.join(damaged, 'keyslots.json');
    const database = readFileSync(path.join(damaged, 'circlekeeper.db'));
    renameSync(keySlots, `${keySlots}.elsewhere`);

    const again = await runCli(
      ['init', '--data-dir', damaged, '--org', 'Takeover', '--admin', 'manager'],
      TWICE,
    );
    expect(again.code).toBe(1);
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain(
      'its key file (keyslots.json) is missing, damaged or from another data folder',
    );
    expect(again.stderr).toContain(
      "Put this folder's own keyslots.json back from a copy, or restore a backup.",
    );
    expect(readFileSync(path.join(damaged, 'circlekeeper.db')).equals(database)).toBe(true);
    // The first init's close left its clean-close record (main/store/clean-close.ts); the refused
    // init wrote nothing.
    expect(readdirSync(damaged).sort()).toEqual([
      'circlekeeper.db',
      'circlekeeper.db-clean',
      'circlekeeper.lock',
      'keyslots.json.elsewhere',
      'public',
    ]);
  });

  it('init refuses a weak password, listing the rules and the one that failed', async () => {
    const folder = makeTempDir();
    const result = await runCli(
      ['init', '--data-dir', folder, '--org', 'X', '--admin', 'manager'],
      'short\nshort\n',
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('The password does not meet these rules:');
    expect(result.stderr).toContain('  - At least 10 characters (not met)\n');
    expect(result.stderr).toContain('  - Does not contain the username\n');
    expect(result.stderr).not.toContain('below');
    expect(existsSync(path.join(folder, 'keyslots.json'))).toBe(false);
  });

  it('init asks for the password twice and refuses two different ones', async () => {
    const folder = makeTempDir();
    const result = await runCli(
      ['init', '--data-dir', folder, '--org', 'X', '--admin', 'manager'],
      `${PASSWORD}\n${PASSWORD}-typo\n`,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('The two passwords are not the same. Nothing was set up');
    expect(existsSync(path.join(folder, 'keyslots.json'))).toBe(false);
    const once = await runCli(
      ['init', '--data-dir', folder, '--org', 'X', '--admin', 'manager'],
      `${PASSWORD}\n`,
    );
    expect(once.code).toBe(1);
    expect(once.stderr).toContain('The two passwords are not the same.');
  });

  it('init says which values a bad --language or --timezone may take, instead of a list', async () => {
    const args = ['init', '--data-dir', makeTempDir(), '--org', 'X', '--admin', 'manager'];
    const language = await runCli([...args, '--language', 'de'], TWICE);
    expect(language.code).toBe(2);
    expect(language.stderr).toContain('Bad value for --language: de. Use one of: en, es, fr, ar.');
    const zone = await runCli([...args, '--timezone', 'Mars/Olympus'], TWICE);
    expect(zone.code).toBe(2);
    expect(zone.stderr).toContain(
      'Bad value for --timezone: Mars/Olympus. Use a time zone name from the IANA list',
    );
    expect(`${language.stderr}${zone.stderr}`).not.toMatch(/from the list|choose one/i);
  });

  it('demo-data fills the database through the API', async () => {
    const result = await runCli(
      ['demo-data', '--data-dir', dataDir, '--size', 'small', '--admin', 'manager'],
      `${PASSWORD}\n`,
    );
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Added demo data: 4 locations and 12 groups.');
  });

  it('demo-data refuses a data folder that already has data, and changes nothing', async () => {
    const result = await runCli(
      ['demo-data', '--data-dir', dataDir, '--size', 'small', '--admin', 'manager'],
      `${PASSWORD}\n`,
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('This data folder already has 4 locations and 12 groups.');
    expect(result.stderr).toContain('Add --force to add it anyway.');
  });

  it('demo-data adds to existing data with --force', async () => {
    const folder = makeTempDir();
    await runCli(['init', '--data-dir', folder, '--org', 'X', '--admin', 'manager'], TWICE);
    const demo = ['demo-data', '--data-dir', folder, '--admin', 'manager'];
    expect((await runCli(demo, `${PASSWORD}\n`)).code).toBe(0);
    const forced = await runCli([...demo, '--force'], `${PASSWORD}\n`);
    expect(forced.stderr).toBe('');
    expect(forced.stdout).toContain('Added demo data: 4 locations and 12 groups.');
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
    expect(size.stderr).toContain('Bad value for --size: huge. Use one of: small, large.');
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

  it('db-key opens the data with a new recovery key, and refuses the one it replaced', async () => {
    const core = createTestCore(dataDir);
    let newKey: string;
    try {
      await core.call('logIn', { username: 'manager', password: PASSWORD });
      newKey = (await core.call('replaceRecoveryKey', { currentPassword: PASSWORD })).recoveryKey;
    } finally {
      await core.core.close();
    }
    const old = await runCli(['db-key', '--data-dir', dataDir], `${recoveryKey}\n`);
    expect(old.code).toBe(1);
    expect(old.stdout).toBe('');
    const fresh = await runCli(['db-key', '--data-dir', dataDir], `${newKey}\n`);
    expect(fresh.code).toBe(0);
    const db = new Sqlite(path.join(dataDir, 'circlekeeper.db'), { readonly: true });
    try {
      db.pragma(`cipher='sqlcipher'`);
      db.pragma('legacy=4');
      db.pragma(`key="x'${fresh.stdout.trim()}'"`);
      expect(db.prepare('SELECT count(*) AS n FROM support_group').get()).toEqual({ n: 12 });
    } finally {
      db.close();
    }
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

  it.each(Object.entries(COMMAND_OPTIONS))(
    '%s --help shows what it does, every option and an example',
    async (command, options) => {
      const result = await runCli([command, '--help']);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(new RegExp(`^Usage: circlekeeper ${command}`));
      for (const option of [...options, 'help']) {
        const flag = `--${option.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
        const listed = new RegExp(`^  (-h, )?${flag}\\b`, 'm').test(result.stdout);
        expect({ option, listed }).toEqual({
          option,
          listed: true,
        });
      }
      expect(result.stdout).toMatch(new RegExp(`Example:\\n  circlekeeper ${command} `));
      expect(await runCli(['help', command])).toEqual(result);
    },
  );

  it('--help alone lists every command, in Spanish when asked', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    for (const command of Object.keys(COMMAND_OPTIONS)) {
      expect(result.stdout).toContain(`  ${command} `);
    }
    const spanish = await runCli(['init', '--help'], '', { CIRCLEKEEPER_LANGUAGE: 'es' });
    expect(spanish.stdout).toContain('Opciones:');
    expect(spanish.stdout).toContain('Pide la contraseña dos veces');
  });

  it('refuses an option the command does not take, with its help', async () => {
    const result = await runCli(['serve', '--org', 'X']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('The serve command has no option --org.');
    expect(result.stderr).toContain('Usage: circlekeeper serve');
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
    const result = await runCli(['init', '--org', 'Env Centre', '--admin', 'manager'], TWICE, {
      CIRCLEKEEPER_DATA_DIR: envDir,
    });
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
