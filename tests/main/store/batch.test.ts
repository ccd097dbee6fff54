import { createSetUpCore } from '../../support/temp-core';

const training = (name: string) => ({
  name,
  description: '',
  validityMonths: null,
  isRequiredForLead: false,
  isRequiredForCo: false,
});

describe('a batch of API calls in one transaction', () => {
  it('keeps every call that succeeded and nothing of one that was refused', async () => {
    const test = await createSetUpCore();
    try {
      await test.core.vault.store.batch(async () => {
        await test.call('createTraining', training('First aid'));
        const refused = await test.core.call('createTraining', training('First aid'));
        expect(refused.ok).toBe(false);
        await test.call('createTraining', training('Safeguarding'));
      });
      const names = (await test.call('listTrainings', {})).map((t) => t.name);
      expect(names).toEqual(expect.arrayContaining(['First aid', 'Safeguarding']));
      expect(names).toHaveLength(2);
    } finally {
      await test.cleanUp();
    }
  });

  it('leaves nothing behind when the batch itself fails', async () => {
    const test = await createSetUpCore();
    try {
      await expect(
        test.core.vault.store.batch(async () => {
          await test.call('createTraining', training('First aid'));
          throw new Error('stopped');
        }),
      ).rejects.toThrow('stopped');
      expect(await test.call('listTrainings', {})).toEqual([]);
      await test.call('createTraining', training('Safeguarding'));
      expect(await test.call('listTrainings', {})).toHaveLength(1);
    } finally {
      await test.cleanUp();
    }
  });
});
