import { DEMO_RESOURCES, loadDemoResources } from '../../../main/demo/resources';
import { resourceInputSchema } from '../../../shared/domain/resources';
import { createSetUpCore } from '../../support/temp-core';

describe('demo referral resources', () => {
  it('are valid, and put the national crisis lines first on the sheet', async () => {
    for (const resource of DEMO_RESOURCES) resourceInputSchema.parse(resource);
    const test = await createSetUpCore();
    try {
      await loadDemoResources(test.call);
      const listed = await test.call('listResources', {});
      expect(listed).toHaveLength(DEMO_RESOURCES.length);
      expect(listed.filter((r) => r.isCrisisLine).map((r) => r.phone)).toEqual([
        '999',
        '111',
        '116 123',
      ]);
      expect(listed.slice(0, 3).every((r) => r.isCrisisLine)).toBe(true);
      // Local numbers come from the range kept for drama: they ring nobody.
      const local = listed.filter((r) => !r.isCrisisLine);
      expect(local.length).toBeGreaterThanOrEqual(4);
      expect(local.every((r) => r.phone.startsWith('01632 960'))).toBe(true);
    } finally {
      await test.cleanUp();
    }
  });
});
