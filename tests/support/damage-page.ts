import { closeSync, openSync, writeSync } from 'node:fs';
import { vaultPaths } from '../../main/vault/vault';
import { withRawVaultDatabase } from './raw-database';
import { ADMIN, type TestCore } from './temp-core';

const PAGE_SIZE = 4096;

/** Overwrites the middle of one page of the encrypted file, as a failing disk would. */
export async function damagePageOf(test: TestCore, objectName: string): Promise<void> {
  const rootPage = await withRawVaultDatabase(test.dataDir, ADMIN, (raw) => {
    const row = raw.prepare('SELECT rootpage FROM sqlite_master WHERE name = ?').get(objectName) as
      { rootpage: number } | undefined;
    if (!row) throw new Error(`no ${objectName} in the schema`);
    return row.rootpage;
  });
  const fd = openSync(vaultPaths(test.dataDir).database, 'r+');
  try {
    writeSync(fd, Buffer.alloc(64, 0x5a), 0, 64, (rootPage - 1) * PAGE_SIZE + 1500);
  } finally {
    closeSync(fd);
  }
}
