// A second Circlekeeper process on a data folder that one already holds: refused, nothing raced.
import path from 'node:path';
import { AppError } from '../../../main/app-error';
import { expectAccepted, expectCliRefusal } from '../expect';
import type { Scenario } from '../harness';
import type { PreparedVault } from '../prepared-vault';
import { ADMIN, isRunning, must, openCoreWorker, runCli, startServe } from '../product';
import { copyDataDir, lookInside, rowDifferences } from '../vault-files';

export function secondProcessScenario(vault: PreparedVault, workDir: string): Scenario {
  return {
    name: 'a second process on the same data folder',
    async run(context) {
      const dataDir = path.join(workDir, 'second-process');
      copyDataDir(vault.dir, dataDir);
      const before = lookInside(dataDir, vault.key);

      const first = await startServe(dataDir);
      if (!isRunning(first)) throw new Error(`the first serve did not start: ${first.stderr}`);
      try {
        await must(first, 'logIn', ADMIN);
        context.log('first `circlekeeper serve` running and signed in');

        const second = await startServe(dataDir);
        if (isRunning(second)) {
          context.check(false, 'a second `circlekeeper serve` started on the same folder');
          await second.kill('SIGTERM');
        } else {
          expectCliRefusal(context, 'serve (second)', second, ['DATA_DIR_IN_USE']);
        }
        const password = `${ADMIN.password}\n`;
        const demo = await runCli(['demo-data', '--data-dir', dataDir], password);
        expectCliRefusal(context, 'demo-data', demo, ['DATA_DIR_IN_USE']);
        const init = await runCli(
          ['init', '--data-dir', dataDir, '--org', 'Other', '--admin', 'other'],
          password + password,
        );
        expectCliRefusal(context, 'init', init, ['DATA_DIR_IN_USE']);

        // Electron starts its core worker the same way: the lock is taken before any worker.
        const code = coreWorkerRefusal(dataDir);
        context.log(`opening a core worker → ${code ?? 'opened'}`);
        context.check(
          code === 'DATA_DIR_IN_USE',
          `a core worker should be refused with DATA_DIR_IN_USE, got ${code ?? 'opened'}`,
        );
        await expectAccepted(context, first, 'listGroups', {});
      } finally {
        const ended = await first.kill('SIGTERM');
        context.log(`first serve stopped (exit ${ended.code ?? ended.signal})`);
      }

      const after = lookInside(dataDir, vault.key);
      const differences = rowDifferences(before.rows, after.rows);
      context.check(differences === '', `rows changed: ${differences}`);
      context.check(after.integrity === 'ok', `integrity_check says: ${after.integrity}`);
      context.log(`data intact: integrity ${after.integrity}, every row as before`);

      // The lock goes with the process that held it: the folder opens again at once.
      const next = openCoreWorker(dataDir);
      try {
        await expectAccepted(context, next, 'logIn', ADMIN);
      } finally {
        await next.close();
      }
    },
  };
}

/** The error code with which starting a core worker on `dataDir` is refused, or null if it starts. */
function coreWorkerRefusal(dataDir: string): string | null {
  try {
    void openCoreWorker(dataDir).close();
    return null;
  } catch (error) {
    return error instanceof AppError ? error.code : String(error);
  }
}
