// `backup`, `verify-backup` and `restore`: the USB routine from a terminal or a scheduled task.
import path from 'node:path';
import type { BackupPreview, BackupSecret } from '../../shared/domain/backup';
import { BACKUP_EXTENSION } from '../../shared/domain/backup';
import { openBackupFile } from '../backup/verifier';
import type { CommandOptions } from './commands';
import { openCliCore } from './core-session';
import { CliError, readSecret, say } from './io';

function fileArgument(args: readonly string[]): string {
  const [file] = args;
  if (!file)
    throw new CliError(say('cli.missingOption', { option: say('cli.backupFileArgument') }), 2);
  return path.resolve(file);
}

/** With --admin, that admin's password; without, the recovery key of the backup's time. */
async function readBackupSecret(username: string | undefined): Promise<BackupSecret> {
  if (username) {
    return { kind: 'password', username, password: await readSecret(say('cli.passwordPrompt')) };
  }
  return { kind: 'recoveryKey', recoveryKey: await readSecret(say('cli.recoveryKeyPrompt')) };
}

/** Rows per table, as `app_user 3, location 12, support_group 300`. */
function countsText(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([table, rows]) => `${table} ${rows}`)
    .join(', ');
}

function describe(preview: BackupPreview): string {
  return say('cli.backupDescription', {
    createdAt: preview.createdAt,
    device: preview.deviceLabel,
    version: preview.appVersion,
    counts: countsText(preview.counts),
    size: preview.sizeBytes,
  });
}

export async function backupCommand({ dataDir, values }: CommandOptions): Promise<void> {
  const to = values.to;
  if (!to) throw new CliError(say('cli.missingOption', { option: '--to' }), 2);
  const target = path.resolve(to);
  const isFile = target.endsWith(BACKUP_EXTENSION);
  const username = values.admin ?? 'admin';
  const password = await readSecret(say('cli.passwordPrompt'));
  const core = openCliCore(dataDir);
  try {
    await core.call('logIn', { username, password });
    const result = await core.call('createBackup', {
      targetDir: isFile ? path.dirname(target) : target,
      ...(isFile ? { fileName: path.basename(target) } : {}),
    });
    await core.call('logOut', {});
    const done = say('cli.backupDone', {
      file: result.file,
      counts: countsText(result.counts),
      size: result.sizeBytes,
    });
    process.stdout.write(`${done}\n`);
  } finally {
    await core.caller.close();
  }
}

export async function verifyBackupCommand({ values, args }: CommandOptions): Promise<void> {
  const file = fileArgument(args);
  const opened = await openBackupFile(file, await readBackupSecret(values.admin));
  opened.key.fill(0);
  process.stdout.write(`${say('cli.backupVerified', { file })}\n${describe(opened.preview)}\n`);
}

export async function restoreCommand({ dataDir, values, args }: CommandOptions): Promise<void> {
  const file = fileArgument(args);
  const secret = await readBackupSecret(values.admin);
  const core = openCliCore(dataDir);
  try {
    const { state } = await core.call('getVaultStatus', {});
    let preview: BackupPreview;
    if (state === 'new') {
      preview = await core.call('restoreBackupOnNewComputer', { file, secret });
    } else {
      // Over existing data, the same admin password must open both the data and the backup.
      if (secret.kind !== 'password') throw new CliError(say('cli.restoreNeedsAdmin'), 2);
      await core.call('logIn', { username: secret.username, password: secret.password });
      preview = await core.call('restoreBackup', { file, secret });
    }
    process.stdout.write(`${say('cli.restoreDone', { dataDir })}\n${describe(preview)}\n`);
  } finally {
    await core.caller.close();
  }
}
