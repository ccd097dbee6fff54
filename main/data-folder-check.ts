import { accessSync, constants, statSync } from 'node:fs';
import { AppError } from './app-error';
import { toAppError } from './low-level-errors';
import { sqliteCode } from './store/sqlite-errors';

/** What is wrong with the data folder, if anything: missing, a file, unreachable, read-only. */
export function dataFolderProblem(dataDir: string): AppError | null {
  try {
    if (!statSync(dataDir).isDirectory()) return new AppError('DATA_DIR_NOT_A_FOLDER');
    accessSync(dataDir, constants.W_OK);
    return null;
  } catch (error) {
    return toAppError(error) ?? new AppError('DATA_DIR_PROBLEM');
  }
}

/**
 * Refuses a data folder path that cannot work, before anything runs on it. A folder that does
 * not exist yet is fine: setting up creates it.
 */
export function assertDataFolderUsable(dataDir: string): void {
  const problem = dataFolderProblem(dataDir);
  if (problem && problem.code !== 'DATA_DIR_MISSING') throw problem;
}

/**
 * `toAppError`, plus the one failure only a look at the folder explains: SQLite's CANTOPEN says
 * the database file could not be opened, not whether the folder is gone, a file or read-only.
 */
export function explainFailure(error: unknown, dataDir: string): AppError | null {
  if (sqliteCode(error) !== 'SQLITE_CANTOPEN') return toAppError(error);
  return dataFolderProblem(dataDir) ?? new AppError('DATA_DIR_PROBLEM');
}
