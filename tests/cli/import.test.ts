import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../support/cli';
import { createTestCore, makeTempDir } from '../support/temp-core';

// Each step spawns the CLI and its core worker with the real scrypt cost.
jest.setTimeout(120_000);

const PASSWORD = 'correct-horse-battery';
const ADMIN_ARGS = ['--admin', 'manager'];
const ENGLISH = { CIRCLEKEEPER_LANGUAGE: 'en' };

async function volunteerNames(dataDir: string): Promise<string[]> {
  const core = createTestCore(dataDir);
  await core.call('logIn', { username: 'manager', password: PASSWORD });
  const { rows } = await core.call('listVolunteers', {});
  await core.core.close();
  return rows.map((v) => v.displayName).sort();
}

describe('circlekeeper import volunteers', () => {
  const dataDir = makeTempDir('ck-cli-import-');
  const folder = makeTempDir('ck-cli-csv-');
  const csv = (name: string, text: string) => {
    const file = path.join(folder, name);
    writeFileSync(file, text);
    return file;
  };

  beforeAll(async () => {
    const init = await runCli(
      ['init', '--data-dir', dataDir, '--org', 'Millbrook Centre', ...ADMIN_ARGS],
      `${PASSWORD}\n${PASSWORD}\n`,
    );
    expect(init.code).toBe(0);
  });

  it('exits non-zero naming each bad row, and writes nothing', async () => {
    const file = csv(
      'bad.csv',
      'Nombre;Correo\r\nAna;ana@example.org\r\nBo;x@\r\n;c@example.org\r\n',
    );
    const result = await runCli(
      ['import', 'volunteers', '--data-dir', dataDir, ...ADMIN_ARGS, file],
      `${PASSWORD}\n`,
      ENGLISH,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('2 rows cannot be imported');
    expect(result.stderr).toContain("Row 3, Email 'x@': Enter an email address");
    expect(result.stderr).toContain('Row 4, First name: This field is required.');
    expect(await volunteerNames(dataDir)).toEqual([]);
  });

  it('checks only with --dry-run, then imports', async () => {
    const file = csv('good.csv', 'First name,Last name\nAna,Ruiz\nBo,Li\n');
    const args = ['import', 'volunteers', '--data-dir', dataDir, ...ADMIN_ARGS, file];
    const dry = await runCli([...args, '--dry-run'], `${PASSWORD}\n`, ENGLISH);
    expect({ code: dry.code, stdout: dry.stdout }).toEqual({
      code: 0,
      stdout: 'All rows are valid: 2 volunteers would be imported. Nothing was written.\n',
    });
    expect(await volunteerNames(dataDir)).toEqual([]);

    const done = await runCli(args, `${PASSWORD}\n`, ENGLISH);
    expect(done.stdout).toBe('2 volunteers imported.\n');
    expect(await volunteerNames(dataDir)).toEqual(['Ana Ruiz', 'Bo Li']);
  });
});
