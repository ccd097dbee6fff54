import { randomUUID } from 'node:crypto';
import { databaseKeyOf } from '../support/raw-database';
import { countInProcessMemory } from '../support/process-memory';
import { callServe, runCli, startServe, type ServingCli } from '../support/cli';
import { makeTempDir } from '../support/temp-core';

const PASSWORD = 'correct-horse-battery';

async function callApi(app: ServingCli, method: string, input: unknown = {}): Promise<void> {
  const result = await callServe(app, method, input);
  if (!result.ok) throw new Error(`${method} refused: ${JSON.stringify(result)}`);
}

/** The marker as UTF-8 and UTF-16LE, the key as raw bytes and as hex text. */
function secretsOf(marker: string, key: Buffer) {
  return {
    markerUtf8: Buffer.from(marker, 'utf8'),
    markerUtf16: Buffer.from(marker, 'utf16le'),
    keyBytes: Buffer.from(key),
    keyHex: Buffer.from(key.toString('hex'), 'latin1'),
  };
}

type Secrets = ReturnType<typeof secretsOf>;

function scan(pid: number, secrets: Secrets): Record<keyof Secrets, number> {
  const names = Object.keys(secrets) as (keyof Secrets)[];
  const counts = countInProcessMemory(pid, Object.values(secrets));
  return Object.fromEntries(names.map((name, index) => [name, counts[index]!])) as Record<
    keyof Secrets,
    number
  >;
}

// Reads /proc/<pid>/mem: Linux, as root (or with ptrace rights over the child).
describe('locking the app', () => {
  it('leaves neither the key nor a record in the memory of the serve process', async () => {
    const dataDir = makeTempDir('ck-memscan-');
    const init = await runCli(
      ['init', '--data-dir', dataDir, '--org', 'Scan Centre', '--admin', 'manager'],
      `${PASSWORD}\n${PASSWORD}\n`,
    );
    expect(init.code).toBe(0);
    const marker = `Marker-${randomUUID()}`;
    const key = await databaseKeyOf(dataDir, 'manager', PASSWORD);
    const secrets = secretsOf(marker, key);
    key.fill(0);

    const app = await startServe(dataDir);
    try {
      await callApi(app, 'logIn', { username: 'manager', password: PASSWORD });
      await callApi(app, 'createGroup', {
        name: marker,
        focus: 'grief',
        format: 'online',
        onlineLink: 'https://meet.example.org/scan',
        schedule: { rrule: 'FREQ=WEEKLY;BYDAY=TH', startTime: '19:00', durationMinutes: 90 },
        startDate: '2026-01-08',
      });
      await callApi(app, 'listGroups', {});
      const beforeLock = scan(app.pid, secrets);
      await callApi(app, 'lock', {});
      await callApi(app, 'getVaultStatus', {});
      const afterLock = scan(app.pid, secrets);

      expect(beforeLock.keyBytes).toBeGreaterThan(0);
      expect(beforeLock.markerUtf8 + beforeLock.markerUtf16).toBeGreaterThan(0);
      expect(afterLock.keyBytes + afterLock.keyHex).toBe(0);
      // What remains is the web host's socket read buffer of the last request with a body (the
      // createGroup call), which Node keeps and reuses for the next request: at most one copy.
      expect(afterLock.markerUtf8 + afterLock.markerUtf16).toBeLessThanOrEqual(1);
    } finally {
      await app.stop();
    }
  }, 30_000);
});
