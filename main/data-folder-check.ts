import { accessSync, constants, statSync } from 'node:fs';
import { AppError } from './app-error';
import { toAppError } from './low-level-errors';

/**
 * Refuses a data folder path that cannot work, before anything runs on it: a file where the
 * folder should be, a path through a file, or a folder that cannot be written. A folder that
 * does not exist yet is fine: setting up creates it.
 */
export function assertDataFolderUsable(dataDir: string): void {
  try {
    if (!statSync(dataDir).isDirectory()) throw new AppError('DATA_DIR_NOT_A_FOLDER');
    accessSync(dataDir, constants.W_OK);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return;
    throw toAppError(error) ?? error;
  }
}
