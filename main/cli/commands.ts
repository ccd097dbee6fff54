import { DEMO_SIZES, generateDemoData, type DemoSize } from '../demo/generate';
import { loadDemoData } from '../demo/load';
import { unlockWithRecoveryKey } from '../vault/vault';
import { startWebHost } from '../web/server';
import { openCliCore, RENDERER_DIR } from './core-session';
import { CliError, readSecret, say } from './io';

export interface CommandOptions {
  dataDir: string;
  values: Record<string, string | undefined>;
}

function required(values: Record<string, string | undefined>, name: string): string {
  const value = values[name];
  if (!value) throw new CliError(say('cli.missingOption', { option: `--${name}` }), 2);
  return value;
}

export async function initCommand({ dataDir, values }: CommandOptions): Promise<void> {
  const organisationName = required(values, 'org');
  const username = required(values, 'admin');
  const password = await readSecret(say('cli.passwordPrompt'));
  const core = openCliCore(dataDir);
  try {
    const result = await core.call('setUpVault', {
      organisationName,
      timeZone: values.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
      language: (values.language ?? 'en') as 'en',
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
    throw new CliError(say('cli.badOption', { option: '--port', value: String(values.port) }), 2);
  }
  const core = openCliCore(dataDir);
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

export async function demoDataCommand({ dataDir, values }: CommandOptions): Promise<void> {
  const size = (values.size ?? 'small') as DemoSize;
  if (!Object.hasOwn(DEMO_SIZES, size)) {
    throw new CliError(say('cli.badOption', { option: '--size', value: size }), 2);
  }
  const username = values.admin ?? 'admin';
  const password = await readSecret(say('cli.passwordPrompt'));
  const core = openCliCore(dataDir);
  try {
    await core.call('logIn', { username, password });
    const data = generateDemoData(size);
    await loadDemoData(core.call, data);
    await core.call('logOut', {});
    process.stdout.write(
      `${say('cli.demoDone', { locations: data.locations.length, groups: data.groups.length })}\n`,
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
