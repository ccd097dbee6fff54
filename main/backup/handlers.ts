import { AppError } from '../app-error';
import type { Handlers } from '../core/handler-types';
import { listBackupTargets } from './drives';
import { listFolder } from './folder-listing';

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

/** Refuses honestly until the writer and restorer land on this branch. */
const notBuiltYet = (): never => {
  throw new AppError('INTERNAL');
};

export const backupHandlers: Handlers<BackupMethods> = {
  createBackup: async () => notBuiltYet(),
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
  listFolder: async ({ path }) => listFolder(path),
  openBackup: async () => notBuiltYet(),
  restoreBackup: async () => notBuiltYet(),
  previewBackupOnNewComputer: async () => notBuiltYet(),
  restoreBackupOnNewComputer: async () => notBuiltYet(),
  listSafetyCopies: async () => notBuiltYet(),
  restoreSafetyCopy: async () => notBuiltYet(),
};
