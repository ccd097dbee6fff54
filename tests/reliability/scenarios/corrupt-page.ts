// A damaged page in the database: said clearly, nothing more written, restored from a copy.
import { copyFileSync, openSync, closeSync, writeSync } from 'node:fs';
import path from 'node:path';
import { vaultPaths } from '../../../main/vault/vault';
import { expectAccepted, expectCliRefusal } from '../expect';
import type { Scenario } from '../harness';
import type { PreparedVault } from '../prepared-vault';
import { ADMIN, openCoreWorker, runCli } from '../product';
import type { Random } from '../random';
import { copyDataDir, fingerprint, lookInside, pageOfTable, rowDifferences } from '../vault-files';

const DAMAGED_BYTES = 64;

export function corruptPageScenario(
  vault: PreparedVault,
  workDir: string,
  random: Random,
): Scenario {
  return {
    name: 'a corrupted page in the database',
    async run(context) {
      const dataDir = path.join(workDir, 'corrupt-page');
      copyDataDir(vault.dir, dataDir);
      const before = lookInside(dataDir, vault.key);
      const { database } = vaultPaths(dataDir);
      // The set-aside copy stands in for the backup the message tells people to restore.
      const backup = path.join(workDir, 'corrupt-page-backup.db');
      copyFileSync(database, backup);

      const { page, pageSize } = pageOfTable(dataDir, vault.key, 'support_group');
      const offset = (page - 1) * pageSize + random.between(64, pageSize - 64 - DAMAGED_BYTES);
      const fd = openSync(database, 'r+');
      try {
        writeSync(
          fd,
          Buffer.from(Array.from({ length: DAMAGED_BYTES }, () => random.between(0, 256))),
          0,
          DAMAGED_BYTES,
          offset,
        );
      } finally {
        closeSync(fd);
      }
      context.log(
        `overwrote ${DAMAGED_BYTES} bytes of page ${page} (the groups table) at offset ${offset}`,
      );
      const damaged = fingerprint(dataDir);

      const worker = openCoreWorker(dataDir);
      try {
        // Unlock runs quick_check and may refuse at once; otherwise the first read must say it.
        const logIn = await worker.call('logIn', ADMIN);
        context.log(`logIn → ${logIn.ok ? 'ok' : logIn.error.code}`);
        const reads = logIn.ok ? await worker.call('listGroups', {}) : logIn;
        if (logIn.ok) context.log(`listGroups → ${reads.ok ? 'ok' : reads.error.code}`);
        context.check(
          !reads.ok && reads.error.code === 'DATABASE_CORRUPT',
          `the damage should be reported as DATABASE_CORRUPT, got ${reads.ok ? 'ok' : reads.error.code}`,
        );
      } finally {
        await worker.close();
      }
      const demo = await runCli(['demo-data', '--data-dir', dataDir], `${ADMIN.password}\n`);
      expectCliRefusal(context, 'demo-data', demo, ['DATABASE_CORRUPT']);
      context.check(
        fingerprint(dataDir) === damaged,
        'nothing more may be written to a damaged database file',
      );

      copyFileSync(backup, database);
      context.log('restored the set-aside copy of the database');
      const again = openCoreWorker(dataDir);
      try {
        await expectAccepted(context, again, 'logIn', ADMIN);
        await expectAccepted(context, again, 'listGroups', {});
      } finally {
        await again.close();
      }
      const after = lookInside(dataDir, vault.key);
      const differences = rowDifferences(before.rows, after.rows);
      context.check(differences === '', `rows changed: ${differences}`);
      context.check(after.integrity === 'ok', `integrity_check says: ${after.integrity}`);
      context.log(`data intact: integrity ${after.integrity}, every row as before`);
    },
  };
}
