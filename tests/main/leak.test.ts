import { randomBytes } from 'node:crypto';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3-multiple-ciphers';
import type { MethodInput } from '../../shared/api/contract';
import { vaultPaths } from '../../main/vault/vault';
import { findTextInFiles, listFilesRecursively, spellingsOf } from '../support/scan-files';
import { createTestCore, makeTempDir, type TestCore } from '../support/temp-core';

// No personal data ever reaches disk in plaintext (DESIGN.md §4): not in the database, the WAL,
// the key-slot file or any other file in the data dir, whether the app is locked or not.
const MARKER = `LEAKMARKER${randomBytes(8).toString('hex')}`;
const text = (field: string) => `${MARKER} ${field}`;
/** As much marker text as a field takes: enough to fill several database pages. */
const longText = (max: number) => `${MARKER} `.repeat(Math.floor(max / (MARKER.length + 1))).trim();

const ADMIN = {
  username: 'admin',
  displayName: text('admin display name'),
  password: 'river-stone-42',
};

async function writeMarkedData(test: TestCore): Promise<void> {
  await test.call('setUpVault', {
    organisationName: text('organisation name'),
    timeZone: 'Europe/London',
    language: 'en',
    admin: ADMIN,
  });
  await test.call('updateOrganisation', {
    name: text('organisation'),
    address: text('organisation address'),
    phone: '+44 20 7946 0000',
    email: `${MARKER}@example.org`,
    timeZone: 'Europe/London',
    defaultLanguage: 'en',
  });
  await test.call('createUser', {
    username: 'casey',
    displayName: text('coordinator display name'),
    role: 'coordinator',
    password: 'harbour-light-19',
  });
  const location = await test.call('createLocation', {
    name: text('location name'),
    address: text('location address'),
    room: text('location room'),
    accessibilityNotes: longText(1000),
    capacity: 20,
  });
  const group: MethodInput<'createGroup'> = {
    name: text('group name'),
    focus: 'trauma',
    publicDescription: longText(2000),
    audience: text('audience'),
    format: 'hybrid',
    locationId: location.id,
    room: text('group room'),
    onlineLink: `https://m.example.org/${MARKER}`,
    dialIn: text('dial-in'),
    schedule: { rrule: 'FREQ=WEEKLY;BYDAY=WE', startTime: '18:00', durationMinutes: 90 },
    startDate: '2026-01-07',
    accessibility: text('accessibility'),
    groundRules: longText(5000),
    publicContactName: text('contact name'),
    publicContactPhone: '+44 20 7946 0001',
    publicContactEmail: `${MARKER}@example.org`,
  };
  const created = await test.call('createGroup', group);
  await test.call('updateGroup', { id: created.id, ...group, audience: text('updated audience') });
  await test.call('updateLocation', { id: location.id, name: text('renamed location') });
}

/**
 * The print station's snapshot is plaintext on purpose and holds copies of public fields (the
 * organisation's contact here); tests/main/public-printing checks it holds nothing else.
 */
const PUBLIC_SNAPSHOT = path.join('public', 'snapshot.json');

function expectNoMarkerOnDisk(dataDir: string): void {
  const findings = findTextInFiles(dataDir, MARKER);
  expect(findings.filter((finding) => finding.file !== PUBLIC_SNAPSHOT)).toEqual([]);
}

describe('the marker search', () => {
  it('finds the marker in every spelling it looks for, in any case', () => {
    const dir = makeTempDir('ck-scan-');
    try {
      const pad = (bytes: Buffer) => Buffer.concat([Buffer.from('\0x'), bytes, Buffer.from('y\0')]);
      for (const { name, bytes } of spellingsOf(MARKER))
        writeFileSync(path.join(dir, name), pad(bytes));
      // Text spellings are matched in any case; hex and base64 are spellings of exact bytes.
      for (const { name, bytes } of spellingsOf(MARKER.toLowerCase()).slice(0, 3)) {
        writeFileSync(path.join(dir, `lowercase-${name}`), pad(bytes));
      }
      const found = findTextInFiles(dir, MARKER);
      const expected = spellingsOf(MARKER).map((s) => s.name);
      expect(found.map((f) => `${f.file}:${f.spelling}`).sort()).toEqual(
        [...expected, ...expected.slice(0, 3).map((name) => `lowercase-${name}`)]
          .map((file) => `${file}:${file.replace('lowercase-', '')}`)
          .sort(),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the data dir never holds personal data in plaintext', () => {
  let test: TestCore;

  beforeAll(async () => {
    test = createTestCore();
    await writeMarkedData(test);
  });

  afterAll(() => test.cleanUp());

  it('while unlocked, right after the writes (the WAL included)', () => {
    const files = listFilesRecursively(test.dataDir).map((f) => f.slice(test.dataDir.length + 1));
    expect(files).toEqual(expect.arrayContaining(['circlekeeper.db', 'keyslots.json']));
    expect(existsSync(`${vaultPaths(test.dataDir).database}-wal`)).toBe(true);
    expectNoMarkerOnDisk(test.dataDir);
  });

  it('after locking', async () => {
    await test.call('lock', {});
    expectNoMarkerOnDisk(test.dataDir);
  });

  it('and the database does not open without the key', () => {
    const plain = new Sqlite(vaultPaths(test.dataDir).database, { readonly: true });
    try {
      expect(() => plain.prepare('SELECT name FROM sqlite_master').all()).toThrow();
    } finally {
      plain.close();
    }
  });

  it('while the data is read back after signing in again', async () => {
    await test.call('logIn', { username: ADMIN.username, password: ADMIN.password });
    const groups = await test.call('listGroups', { search: MARKER });
    expect(groups.length).toBe(1);
    expectNoMarkerOnDisk(test.dataDir);
  });
});
