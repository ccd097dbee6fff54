import {
  addSampleData,
  ACCOUNTS,
  fingerprint,
  NON_PUBLIC,
  UNUSED_IDS,
} from '../../support/dispatch-world';
import { sampleInputs } from '../../support/sample-inputs';
import { createSetUpCore, createTestCore } from '../../support/temp-core';

describe('calls without a session', () => {
  it('refuses every non-public method with LOCKED on a fresh data dir, and creates nothing', async () => {
    const test = createTestCore();
    try {
      const samples = sampleInputs({ ...UNUSED_IDS, recoveryKey: 'x' });
      for (const method of NON_PUBLIC) {
        for (const input of [{}, samples[method]]) {
          const error = await test.refuse(method, input);
          expect({ method, code: error.code }).toEqual({ method, code: 'LOCKED' });
        }
      }
      expect(await test.call('getVaultStatus', {})).toMatchObject({ state: 'new' });
    } finally {
      await test.cleanUp();
    }
  });

  it('refuses every non-public method with LOCKED once locked, and changes nothing', async () => {
    const test = await createSetUpCore();
    try {
      const ids = await addSampleData(test);
      const before = await fingerprint(test);
      await test.call('lock', {});
      const samples = sampleInputs(ids);
      for (const method of NON_PUBLIC) {
        const error = await test.refuse(method, samples[method]);
        expect({ method, code: error.code }).toEqual({ method, code: 'LOCKED' });
      }
      await test.call('logIn', ACCOUNTS.admin);
      const after = JSON.parse(await fingerprint(test)) as Record<string, unknown>;
      const expected = JSON.parse(before) as Record<string, unknown>;
      expect(after.groups).toEqual(expected.groups);
      expect(after.locations).toEqual(expected.locations);
      expect(after.audit).toEqual(expected.audit);
      expect(after.keySlots).toEqual(expected.keySlots);
    } finally {
      await test.cleanUp();
    }
  });
});
