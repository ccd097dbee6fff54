import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract';
import type { ApiError } from '../../shared/api/errors';
import type { Role } from '../../shared/api/roles';
import { Core } from '../../main/core/core';
import type { ScryptParams } from '../../main/vault/key-wrap';

/** Cheap scrypt for tests: the real cost is measured by the benchmark, not by every test. */
export const TEST_SCRYPT: ScryptParams = { N: 2 ** 10, r: 8, p: 1 };

export const ADMIN = { username: 'admin', displayName: 'Ada Admin', password: 'river-stone-42' };

export function makeTempDir(prefix = 'ck-test-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface TestCore {
  core: Core;
  dataDir: string;
  /** Calls a method and returns its value; fails the test with the error if it is refused. */
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  /** Calls a method that must be refused and returns the error. */
  refuse(method: string, input: unknown): Promise<ApiError>;
  cleanUp(): Promise<void>;
}

export function createTestCore(dataDir = makeTempDir(), now?: () => number): TestCore {
  const core = new Core({
    dataDir,
    scrypt: TEST_SCRYPT,
    isIdleLockTimerOn: false,
    ...(now ? { now } : {}),
  });
  return {
    core,
    dataDir,
    async call(method, input) {
      const result = await core.call(method, input);
      if (!result.ok) throw new Error(`${method} refused: ${JSON.stringify(result.error)}`);
      return result.value as never;
    },
    async refuse(method, input) {
      const result = await core.call(method, input);
      if (result.ok) throw new Error(`${method} was expected to be refused`);
      return result.error;
    },
    async cleanUp() {
      await core.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A core that has been set up, with the first admin signed in. Returns the recovery key. */
export async function createSetUpCore(
  now?: () => number,
): Promise<TestCore & { recoveryKey: string }> {
  const test = createTestCore(undefined, now);
  const { recoveryKey } = await test.call('setUpVault', {
    organisationName: 'Riverside Community Centre',
    timeZone: 'Europe/London',
    language: 'en',
    admin: ADMIN,
  });
  return { ...test, recoveryKey };
}

export const sampleGroup = (
  overrides: Partial<MethodInput<'createGroup'>> = {},
): MethodInput<'createGroup'> => ({
  name: 'Thursday Grief Circle',
  focus: 'grief',
  format: 'online',
  onlineLink: 'https://meet.example.org/grief',
  schedule: { rrule: 'FREQ=WEEKLY;BYDAY=TH', startTime: '19:00', durationMinutes: 90 },
  startDate: '2026-01-08',
  ...overrides,
});

export type { Role };
