import type { RawDatabase } from '../../../main/store/database';
import {
  deleteEntry,
  editEntry,
  insertEntryAfter,
  rechainWithPlainHash,
  swapEntries,
} from '../../support/audit-tampering';
import { withRawVaultDatabase } from '../../support/raw-database';
import { ADMIN, createSetUpCore, sampleGroup } from '../../support/temp-core';

type SetUpCore = Awaited<ReturnType<typeof createSetUpCore>>;

describe('verifyAuditLog', () => {
  let test: SetUpCore;

  /** Six entries: setup, a location made and changed, a group made, changed and archived. */
  beforeEach(async () => {
    test = await createSetUpCore();
    const location = await test.call('createLocation', { name: 'Main Hall' });
    await test.call('updateLocation', { id: location.id, name: 'Main Hall (east)' });
    const group = await test.call('createGroup', sampleGroup());
    await test.call('updateGroup', {
      ...sampleGroup({ name: 'Friday Grief Circle' }),
      id: group.id,
    });
    await test.call('archiveGroup', { id: group.id });
  });

  afterEach(() => test.cleanUp());

  async function tamper<T>(change: (db: RawDatabase) => T): Promise<T> {
    await test.call('lock', {});
    const result = await withRawVaultDatabase(test.dataDir, ADMIN, change);
    await test.call('logIn', { username: ADMIN.username, password: ADMIN.password });
    return result;
  }

  const atOf = (db: RawDatabase, id: number) =>
    (db.prepare('SELECT at FROM audit_log WHERE id = ?').get(id) as { at: string }).at;

  it('finds an untouched log whole, counting every entry', async () => {
    expect(await test.call('verifyAuditLog', {})).toEqual({ ok: true, checked: 6 });
  });

  it('names an entry that was changed in the database', async () => {
    const at = await tamper((db) => {
      editEntry(db, 3);
      return atOf(db, 3);
    });
    expect(await test.call('verifyAuditLog', {})).toEqual({
      ok: false,
      checked: 6,
      firstBreak: { id: 3, at, previousId: 2, reason: 'changed' },
    });
  });

  it('says where an entry was removed', async () => {
    const at = await tamper((db) => {
      deleteEntry(db, 3);
      return atOf(db, 4);
    });
    expect(await test.call('verifyAuditLog', {})).toEqual({
      ok: false,
      checked: 5,
      firstBreak: { id: 4, at, previousId: 2, reason: 'missing' },
    });
  });

  it('says when the first entries were removed', async () => {
    await tamper((db) => deleteEntry(db, 1));
    const result = await test.call('verifyAuditLog', {});
    expect(result.firstBreak).toMatchObject({ id: 2, previousId: null, reason: 'missing' });
  });

  it('names an entry slipped in between two others', async () => {
    await tamper((db) => insertEntryAfter(db, 3));
    expect(await test.call('verifyAuditLog', {})).toEqual({
      ok: false,
      checked: 7,
      firstBreak: { id: 4, at: '2026-01-01T00:00:00.000Z', previousId: 3, reason: 'added' },
    });
  });

  it('says where entries were put in another order', async () => {
    await tamper((db) => swapEntries(db, 3, 4));
    const result = await test.call('verifyAuditLog', {});
    expect(result).toMatchObject({ ok: false, checked: 6 });
    expect(result.firstBreak).toMatchObject({ id: 3, previousId: 2, reason: 'outOfOrder' });
  });

  it('is not fooled by a chain rebuilt with plain hashes after an edit', async () => {
    await tamper((db) => {
      editEntry(db, 3);
      rechainWithPlainHash(db);
    });
    const result = await test.call('verifyAuditLog', {});
    expect(result.firstBreak).toMatchObject({ id: 1, previousId: null, reason: 'changed' });
  });

  it('keeps verifying the entries written after a check, its own included', async () => {
    await test.call('verifyAuditLog', {});
    await test.call('listAuditLog', {});
    expect(await test.call('verifyAuditLog', {})).toEqual({ ok: true, checked: 8 });
  });
});
