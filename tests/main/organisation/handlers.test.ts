import { createSetUpCore } from '../../support/temp-core';

type SetUpCore = Awaited<ReturnType<typeof createSetUpCore>>;

describe('the organisation’s region for dates and times', () => {
  let test: SetUpCore;

  beforeEach(async () => {
    test = await createSetUpCore();
  });

  afterEach(() => test.cleanUp());

  it('is empty after setup: dates follow each computer’s region as before', async () => {
    expect((await test.call('getOrganisation', {})).dateRegion).toBe('');
  });

  it('is saved with the organisation and read back', async () => {
    const organisation = await test.call('getOrganisation', {});
    const saved = await test.call('updateOrganisation', { ...organisation, dateRegion: 'GB' });
    expect(saved.dateRegion).toBe('GB');
    expect(await test.call('getOrganisation', {})).toEqual({ ...organisation, dateRegion: 'GB' });
    await test.call('updateOrganisation', { ...organisation, dateRegion: '' });
    expect((await test.call('getOrganisation', {})).dateRegion).toBe('');
  });

  it('refuses a region that is not one and keeps the saved one', async () => {
    const organisation = await test.call('getOrganisation', {});
    await test.call('updateOrganisation', { ...organisation, dateRegion: 'MX' });
    const error = await test.refuse('updateOrganisation', { ...organisation, dateRegion: 'XY' });
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.fieldErrors).toContainEqual(
      expect.objectContaining({ path: 'dateRegion', messageKey: 'validation.region' }),
    );
    expect((await test.call('getOrganisation', {})).dateRegion).toBe('MX');
  });
});
