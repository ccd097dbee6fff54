import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { BackupPreview, BackupSecret } from '../../shared/domain/backup';
import { AppError } from '../app-error';
import type { CallContext, Handlers } from '../core/handler-types';
import { readKeySlotFile } from '../vault/keyslots';
import { readVaultKeySlots, vaultPaths } from '../vault/vault';
import { listBackupTargets } from './drives';
import { listFolder } from './folder-listing';
import { commitStagedRestore, stageBackup, stageSafetyCopy, type LiveData } from './restorer';
import { rotateBackups } from './rotation';
import { listSafetyCopies, liveDataBytes, safetyCopyFiles } from './safety-copies';
import { openBackupFile } from './verifier';
import { writeBackup } from './writer';
import { doesKeyOpen } from '../store/snapshot';
import { unlockKeySlots } from './seal';

type BackupMethods =
  | 'createBackup'
  | 'getBackupProgress'
  | 'getBackupStatus'
  | 'updateBackupSettings'
  | 'listBackupTargets'
  | 'listFolder'
  | 'openBackup'
  | 'restoreBackup'
  | 'previewBackupOnNewComputer'
  | 'restoreBackupOnNewComputer'
  | 'listSafetyCopies'
  | 'restoreSafetyCopy';

/** The signed-in data, described for its safety copy, and how to close it before it moves. */
function liveData({ store, vault }: CallContext): LiveData {
  return {
    counts: store.countRows(),
    sizeBytes: liveDataBytes(vaultPaths(vault.dataDir).database),
    close: () => vault.close(),
  };
}

/** Opens, stages and commits a backup; `live` is null on a new PC. Everyone signs in again. */
async function restoreFrom(
  file: string,
  secret: BackupSecret,
  context: CallContext,
  live: LiveData | null,
): Promise<BackupPreview> {
  const { vault, progress } = context;
  const opened = await openBackupFile(file, secret, progress);
  try {
    progress.reportUnmeasured('restoring');
    mkdirSync(vault.dataDir, { recursive: true, mode: 0o700 });
    stageBackup(vault.dataDir, file, opened);
  } finally {
    opened.key.fill(0);
  }
  await commitAndSignOut(context, live);
  progress.report('done', opened.envelope.sizeBytes, opened.envelope.sizeBytes);
  return opened.preview;
}

/** The data folder changes hands: whoever was signed in signs in again, even if it failed. */
async function commitAndSignOut(context: CallContext, live: LiveData | null): Promise<void> {
  try {
    await commitStagedRestore(context.vault.dataDir, live, new Date());
  } finally {
    if (live) await context.vault.lock();
  }
}

function assertNewComputer({ vault }: CallContext): void {
  const state = vault.state();
  if (state === 'ready') throw new AppError('ALREADY_SET_UP');
  if (state === 'keyFileProblem') throw new AppError('KEY_FILE_PROBLEM');
}

export const backupHandlers: Handlers<BackupMethods> = {
  createBackup: async ({ targetDir, fileName }, { store, vault, progress, write }) => {
    const { keepCount } = await store.backupSettings.status();
    const admins = (await store.users.list()).filter((u) => u.role === 'admin' && !u.isDisabled);
    const key = vault.copyKey();
    try {
      const written = await writeBackup(
        {
          store,
          databaseFile: vaultPaths(vault.dataDir).database,
          databaseKey: key,
          keySlots: readVaultKeySlots(vault.dataDir),
          adminUsernames: admins.map((u) => u.username),
          now: new Date(),
        },
        path.resolve(targetDir),
        progress,
        fileName,
      );
      rotateBackups(path.dirname(written.file), keepCount, written.fileName);
      await write({ action: 'createBackup', entity: 'backup' }, (repos) =>
        repos.backupSettings.recordLastBackup({
          at: written.createdAt,
          targetDir: path.dirname(written.file),
          fileName: written.fileName,
          counts: written.counts,
          sizeBytes: written.sizeBytes,
        }),
      );
      return { ...written, verified: true as const };
    } finally {
      key.fill(0);
    }
  },
  getBackupProgress: async (_input, { progress }) => progress.current(),
  getBackupStatus: async (_input, { store }) => store.backupSettings.status(),
  updateBackupSettings: async (choices, { write }) =>
    write({ action: 'updateBackupSettings', entity: 'setting' }, async (repos, audit) => {
      await repos.backupSettings.saveChoices(choices);
      audit.setFields(Object.keys(choices));
      return repos.backupSettings.status();
    }),
  listBackupTargets: async (_input, { store }) =>
    listBackupTargets((await store.backupSettings.status()).last?.targetDir ?? null),
  listFolder: async ({ path: dir }) => listFolder(dir),
  openBackup: async ({ file, secret }, { progress }) => {
    const opened = await openBackupFile(file, secret, progress);
    opened.key.fill(0);
    return opened.preview;
  },
  restoreBackup: async ({ file, secret }, context) =>
    restoreFrom(file, secret, context, liveData(context)),
  previewBackupOnNewComputer: async ({ file, secret }, context) => {
    assertNewComputer(context);
    const opened = await openBackupFile(file, secret, context.progress);
    opened.key.fill(0);
    return opened.preview;
  },
  restoreBackupOnNewComputer: async ({ file, secret }, context) => {
    assertNewComputer(context);
    return restoreFrom(file, secret, context, null);
  },
  listSafetyCopies: async (_input, { vault }) => listSafetyCopies(vault.dataDir),
  restoreSafetyCopy: async ({ id, secret }, context) => {
    const { vault } = context;
    const files = safetyCopyFiles(vault.dataDir, id);
    const keySlots = readKeySlotFile(files.keySlots);
    // Without a secret, the copy may still share the open database's key (an earlier state of
    // this same data); a copy made under another key needs a password or recovery key of its own.
    const key = secret ? await unlockKeySlots(keySlots, secret) : vault.copyKey();
    if (!key || !doesKeyOpen(files.database, key)) {
      key?.fill(0);
      throw new AppError('WRONG_CREDENTIALS', 'errors.wrongBackupSecret');
    }
    try {
      stageSafetyCopy(vault.dataDir, { ...files, keySlots }, key);
    } finally {
      key.fill(0);
    }
    await commitAndSignOut(context, liveData(context));
    return null;
  },
};
