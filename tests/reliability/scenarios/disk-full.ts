// A full disk while signed in: writes refused as DISK_FULL, lock still works, nothing lost.
import path from 'node:path';
import { generateDemoData } from '../../../main/demo/generate';
import type { GroupSummary } from '../../../shared/domain/groups';
import { expectAccepted, expectRefused } from '../expect';
import type { Scenario } from '../harness';
import type { PreparedVault } from '../prepared-vault';
import { ADMIN, isRunning, must, startServe } from '../product';
import { makeSmallDisk, type DiskKind } from '../small-disk';
import { copyDataDir, lookInside, rowDifferences } from '../vault-files';

/** Enough new rows in the WAL that the checkpoint at lock must grow the database file. */
const WRITES_BEFORE_FULL = 30;
const WRITES_WHEN_FULL = 3;

const onlineGroups = generateDemoData('large')
  .groups.filter(({ locationIndex }) => locationIndex === null)
  .map(({ group }) => group);

const groupNamed = (name: string, index: number) => ({
  ...onlineGroups[index % onlineGroups.length]!,
  name,
  locationId: null,
  // Paused: a group that meets also stores its sessions, and this scenario counts groups alone.
  status: 'paused' as const,
});

export function diskFullScenario(
  vault: PreparedVault,
  workDir: string,
  wanted: DiskKind | 'auto',
): Scenario {
  return {
    name: 'a full disk while signed in',
    async run(context) {
      const disk = makeSmallDisk(path.join(workDir, 'small-disk'), wanted);
      context.log(`disk: ${disk.description}`);
      try {
        const dataDir = path.join(disk.dir, 'data');
        copyDataDir(vault.dir, dataDir);
        const before = lookInside(dataDir, vault.key);
        const serve = await startServe(dataDir, disk.tweaks);
        if (!isRunning(serve)) throw new Error(`serve did not start: ${serve.stderr}`);
        const acked: string[] = [];
        try {
          await must(serve, 'logIn', ADMIN);
          for (let i = 0; i < WRITES_BEFORE_FULL; i += 1) {
            const name = `Before the disk filled ${i + 1}`;
            await must(serve, 'createGroup', groupNamed(name, i));
            acked.push(name);
          }
          context.log(`${acked.length} groups saved, then the disk was filled`);
          disk.fill();
          const refused: string[] = [];
          for (let i = 0; i < WRITES_WHEN_FULL; i += 1) {
            const name = `While the disk was full ${i + 1}`;
            const result = await expectRefused(context, serve, 'createGroup', groupNamed(name, i), [
              'DISK_FULL',
            ]);
            (result.ok ? acked : refused).push(name);
          }
          await expectAccepted(context, serve, 'lock', {});
          const status = await serve.call('getVaultStatus', {});
          context.check(
            status.ok && (status.value as { isUnlocked: boolean }).isUnlocked === false,
            'after lock on a full disk the status must say locked',
          );
          disk.free();
          context.log('freed the space');
          await expectAccepted(context, serve, 'logIn', ADMIN);
          const names = new Set(
            ((await must(serve, 'listGroups', {})) as GroupSummary[]).map((g) => g.name),
          );
          const lost = acked.filter((name) => !names.has(name));
          const phantom = refused.filter((name) => names.has(name));
          context.check(lost.length === 0, `saved groups lost: ${lost.join(', ')}`);
          context.check(phantom.length === 0, `refused groups present: ${phantom.join(', ')}`);
          const after = await expectAccepted(
            context,
            serve,
            'createGroup',
            groupNamed('After the space was freed', 0),
          );
          if (after.ok) acked.push('After the space was freed');
        } finally {
          await serve.kill('SIGTERM');
        }
        const look = lookInside(dataDir, vault.key);
        context.check(look.integrity === 'ok', `integrity_check says: ${look.integrity}`);
        const groupRows = (look.rows.support_group ?? []).length;
        const expected = (before.rows.support_group ?? []).length + acked.length;
        context.check(groupRows === expected, `groups on disk: ${groupRows}, expected ${expected}`);
        const { support_group: _groups, audit_log: _audit, ...otherBefore } = before.rows;
        const { support_group: _g, audit_log: _a, ...otherAfter } = look.rows;
        const differences = rowDifferences(otherBefore, otherAfter);
        context.check(differences === '', `other rows changed: ${differences}`);
        context.log(
          `data intact: integrity ${look.integrity}, ${groupRows} groups (${acked.length} saved in this scenario)`,
        );
      } finally {
        disk.release();
      }
    },
  };
}
