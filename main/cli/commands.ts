import { DEMO_SIZES, type DemoSize } from '../demo/generate';
import { loadDemoCentre } from '../demo/load-centre';
import { DEMO_USERS } from '../demo/people';
import { unlockWithRecoveryKey } from '../vault/vault';
import { startWebHost } from '../web/server';
import { checkPassword } from '../../shared/domain/password';
import { LANGUAGES, timeZone as timeZoneSchema } from '../../shared/domain/fields';
import { openCliCore, openInProcessCliCore, RENDERER_DIR, type CliCore } from './core-session';
import { CliError, readSecret, say } from './io';

export interface CommandOptions {
  dataDir: string;
  values: Record<string, string | undefined>;
  /** `--force`: go ahead where the command would otherwise refuse. */
  isForced: boolean;
  /** `--dry-run`: check everything, write nothing. */
  isDryRun?: boolean;
  /** Words after the command name, such as the backup file of `restore`. */
  args: readonly string[];
}

function required(values: Record<string, string | undefined>, name: string): string {
  const value = values[name];
  if (!value) throw new CliError(say('cli.missingOption', { option: `--${name}` }), 2);
  return value;
}

function badOption(option: string, value: string, expected: string): string {
  return `${say('cli.badOption', { option, value })}. ${expected}`;
}

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliError(
    badOption(option, value, say('cli.expectedOneOf', { values: allowed.join(', ') })),
    2,
  );
}

/** The password twice, checked against the rules here: the CLI has no checklist to point at. */
async function readNewPassword(username: string): Promise<string> {
  const password = await readSecret(say('cli.passwordPrompt'));
  const unmet = checkPassword(password, username).filter((check) => !check.isMet);
  if (unmet.length > 0) {
    const rules = checkPassword(password, username).map(
      (check) =>
        `  - ${say(`passwordRules.${check.rule}`)}${check.isMet ? '' : ` (${say('cli.ruleNotMet')})`}`,
    );
    throw new CliError([say('cli.weakPassword'), ...rules].join('\n'));
  }
  const again = await readSecret(say('cli.passwordAgainPrompt'));
  if (again !== password) throw new CliError(say('cli.passwordsDiffer'));
  return password;
}

/** Demo data mixed into a real centre's records could not be told apart from them. */
async function refuseExistingData(core: CliCore): Promise<void> {
  const dashboard = await core.call('getDashboard', {});
  const groups = Object.values(dashboard.groupsByStatus).reduce((sum, n) => sum + n, 0);
  if (groups > 0 || dashboard.locations > 0) {
    throw new CliError(say('cli.demoHasData', { groups, locations: dashboard.locations }));
  }
}

export async function initCommand({ dataDir, values }: CommandOptions): Promise<void> {
  const organisationName = required(values, 'org');
  const username = required(values, 'admin');
  const language = oneOf('--language', values.language ?? 'en', LANGUAGES);
  const timeZone = values.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!timeZoneSchema.safeParse(timeZone).success) {
    throw new CliError(badOption('--timezone', timeZone, say('cli.expectedTimeZone')), 2);
  }
  const password = await readNewPassword(username);
  const core = openCliCore(dataDir);
  try {
    const result = await core.call('setUpVault', {
      organisationName,
      timeZone,
      language,
      admin: { username, displayName: values['display-name'] ?? username, password },
    });
    process.stdout.write(`${say('cli.initDone', { dataDir })}\n`);
    process.stdout.write(`${say('cli.recoveryKeyLine', { key: result.recoveryKey })}\n`);
    process.stderr.write(`${say('cli.recoveryKeyAdvice')}\n`);
  } finally {
    await core.caller.close();
  }
}

export async function serveCommand({ dataDir, values }: CommandOptions): Promise<void> {
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new CliError(badOption('--port', String(values.port), say('cli.expectedPort')), 2);
  }
  const core = openCliCore(dataDir);
  // The core worker starts with the first call. Asked now, it loads (half a second on an old
  // PC) while the browser opens and loads the page, instead of after the page asks.
  void core.caller.call('getVaultStatus', {});
  const host = await startWebHost({ core: core.caller, rendererDir: RENDERER_DIR, port });
  process.stdout.write(`${say('cli.serving')}\n${host.url}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await host.close();
  await core.caller.close();
}

export async function demoDataCommand({
  dataDir,
  values,
  isForced,
}: CommandOptions): Promise<void> {
  const size = oneOf('--size', values.size ?? 'small', Object.keys(DEMO_SIZES) as DemoSize[]);
  const username = values.admin ?? 'admin';
  const password = await readSecret(say('cli.passwordPrompt'));
  const core = openInProcessCliCore(dataDir);
  try {
    await core.call('logIn', { username, password });
    if (!isForced) await refuseExistingData(core);
    const { data, people, sessions } = await loadDemoCentre(core.core, core.call, size, {
      username,
      password,
    });
    await core.call('logOut', {});
    process.stdout.write(
      `${say('cli.demoDone', { locations: data.locations.length, groups: data.groups.length })}\n`,
    );
    process.stdout.write(
      `${say('cli.demoPeopleDone', { volunteers: people.volunteers.length, users: DEMO_USERS.map((u) => u.username).join(', ') })}\n`,
    );
    process.stdout.write(
      `${say('cli.demoSessionsDone', { sessions: sessions.pastSessions, recorded: sessions.recorded, closures: sessions.closures, participants: sessions.participants, incidents: sessions.incidents, facilitators: sessions.facilitatorAccounts.join(', ') })}\n`,
    );
  } finally {
    await core.caller.close();
  }
}

export async function dbKeyCommand({ dataDir }: CommandOptions): Promise<void> {
  const recoveryKey = await readSecret(say('cli.recoveryKeyPrompt'));
  const key = await unlockWithRecoveryKey(dataDir, recoveryKey);
  if (!key) throw new CliError(say('errors.wrongRecoveryKey'));
  process.stderr.write(`${say('cli.dbKeyWarning')}\n`);
  process.stdout.write(`${key.toString('hex')}\n`);
  key.fill(0);
}
