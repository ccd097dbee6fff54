import { rmSync } from 'node:fs';
import type { RawDatabase } from '../../main/store/database';
import { deleteEntry, editEntry, insertEntryAfter, swapEntries } from '../support/audit-tampering';
import { runCli } from '../support/cli';
import { withRawVaultDatabase } from '../support/raw-database';
import { ADMIN, createSetUpCore, sampleGroup } from '../support/temp-core';

// Each test spawns the CLI and its core worker: slow on a busy 2-core PC.
jest.setTimeout(60_000);

/** A closed data folder with five audit entries, for the CLI to open. */
async function folderWithAuditLog(): Promise<string> {
  const test = await createSetUpCore();
  const location = await test.call('createLocation', { name: 'Main Hall' });
  await test.call('updateLocation', { id: location.id, name: 'Main Hall (east)' });
  const group = await test.call('createGroup', sampleGroup());
  await test.call('archiveGroup', { id: group.id });
  await test.core.close();
  return test.dataDir;
}

const auditVerify = (dataDir: string, env: NodeJS.ProcessEnv = {}) =>
  runCli(
    ['audit-verify', '--data-dir', dataDir, '--admin', ADMIN.username],
    `${ADMIN.password}\n`,
    env,
  );

describe('circlekeeper audit-verify', () => {
  const folders: string[] = [];
  const folder = async () => {
    const dataDir = await folderWithAuditLog();
    folders.push(dataDir);
    return dataDir;
  };

  afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('says the log verifies, with the number of entries, and exits 0', async () => {
    const dataDir = await folder();
    const result = await auditVerify(dataDir);
    expect(result).toMatchObject({ code: 0, stdout: 'The audit log verifies: 5 entries.\n' });
  });

  it.each<[string, (db: RawDatabase) => void, string]>([
    ['an edited entry', (db) => editEntry(db, 3), 'Entry 3 ('],
    [
      'a removed entry',
      (db) => deleteEntry(db, 3),
      'An entry is missing between entry 2 and entry 4 (',
    ],
    [
      'an added entry',
      (db) => insertEntryAfter(db, 3),
      'Entry 4 (2026-01-01T00:00:00.000Z) was added afterwards',
    ],
    [
      'entries in another order',
      (db) => swapEntries(db, 3, 4),
      'Entries are out of order at entry 3 (',
    ],
  ])('names the first broken entry after %s, and exits 1', async (_case, change, named) => {
    const dataDir = await folder();
    await withRawVaultDatabase(dataDir, ADMIN, change);
    const result = await auditVerify(dataDir);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('The audit log does not verify');
    expect(result.stderr).toContain(named);
  });

  it('says so in Spanish, and refuses a wrong password', async () => {
    const dataDir = await folder();
    await withRawVaultDatabase(dataDir, ADMIN, (db) => editEntry(db, 2));
    const result = await auditVerify(dataDir, { CIRCLEKEEPER_LANGUAGE: 'es' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('La entrada 2 (');
    expect(result.stderr).toContain('se cambió después de escribirse');

    const wrong = await runCli(['audit-verify', '--data-dir', dataDir], 'not-the-password\n');
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toBe('');
  });
});
