import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { BACKUP_EXTENSION, type FolderListing } from '../../shared/domain/backup';
import { AppError } from '../app-error';

/**
 * The sub-folders and backup files of one folder, for the pickers of the browser host (the
 * browser cannot open the PC's own file dialogs). Hidden entries are left out.
 */
export function listFolder(dir: string): FolderListing {
  const resolved = path.resolve(dir);
  let entries;
  try {
    entries = readdirSync(resolved, { withFileTypes: true });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT') throw new AppError('NOT_FOUND', 'errors.BACKUP_TARGET_MISSING');
    throw new AppError('VALIDATION_FAILED', 'errors.VALIDATION_FAILED', undefined, [
      { path: 'path', messageKey: 'errors.notAFolder' },
    ]);
  }
  const visible = entries
    .filter((entry) => !entry.name.startsWith('.'))
    .sort((a, b) => a.name.localeCompare(b.name));
  const folders = visible
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({ name: entry.name, path: path.join(resolved, entry.name) }));
  const backups = visible
    .filter((entry) => entry.isFile() && entry.name.endsWith(BACKUP_EXTENSION))
    .flatMap((entry) => {
      const file = path.join(resolved, entry.name);
      try {
        const stats = statSync(file);
        return [
          {
            name: entry.name,
            path: file,
            sizeBytes: stats.size,
            modifiedAt: stats.mtime.toISOString(),
          },
        ];
      } catch {
        return [];
      }
    });
  const parent = path.dirname(resolved);
  return { path: resolved, parent: parent === resolved ? null : parent, folders, backups };
}
