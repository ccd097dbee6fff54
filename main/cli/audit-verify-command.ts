import { describeAuditBreak } from '../../shared/domain/audit';
import type { CommandOptions } from './commands';
import { openCliCore } from './core-session';
import { CliError, readSecret, say } from './io';

/** `circlekeeper audit-verify`: checks the audit log's chain as an admin, through the API. */
export async function auditVerifyCommand({ dataDir, values }: CommandOptions): Promise<void> {
  const username = values.admin ?? 'admin';
  const password = await readSecret(say('cli.passwordPrompt'));
  const core = openCliCore(dataDir);
  try {
    await core.call('logIn', { username, password });
    const result = await core.call('verifyAuditLog', {});
    await core.call('logOut', {});
    if (!result.firstBreak) {
      process.stdout.write(`${say('cli.auditVerified', { count: result.checked })}\n`);
      return;
    }
    const where = describeAuditBreak(result.firstBreak, (iso) => iso);
    throw new CliError(
      [say('cli.auditBroken', { checked: result.checked }), say(where.key, where.params)].join(
        '\n',
      ),
    );
  } finally {
    await core.caller.close();
  }
}
