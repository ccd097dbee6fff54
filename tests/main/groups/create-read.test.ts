import { groupsCentre, type SetUpCore } from '../../support/groups-centre';
import { fullGroup } from '../../support/sample-inputs';
import { sampleGroup } from '../../support/temp-core';

let test: SetUpCore;
let hallId: number;

beforeEach(async () => {
  ({ test, hallId } = await groupsCentre());
});

afterEach(() => test.cleanUp());

describe('groups', () => {
  describe('creating and reading', () => {
    it('round-trips every field', async () => {
      const input = fullGroup(hallId);
      const created = await test.call('createGroup', input);
      expect(created).toEqual({
        ...input,
        id: expect.any(Number),
        locationName: 'Main Hall',
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
      expect(await test.call('getGroup', { id: created.id })).toEqual(created);
    });

    it('round-trips nulls and an online group without a location', async () => {
      const created = await test.call(
        'createGroup',
        sampleGroup({ endDate: null, capacity: null, locationId: null, languages: [] }),
      );
      expect(created).toMatchObject({
        endDate: null,
        capacity: null,
        locationId: null,
        locationName: null,
        languages: [],
      });
      expect(await test.call('getGroup', { id: created.id })).toEqual(created);
    });

    it('fills in the defaults: active, anonymous roster, open to newcomers, not listed', async () => {
      const created = await test.call('createGroup', sampleGroup());
      expect(created).toMatchObject({
        status: 'active',
        rosterMode: 'anonymous',
        isOpenToNewcomers: true,
        isListedPublicly: false,
        endDate: null,
        capacity: null,
        locationId: null,
        languages: [],
        publicDescription: '',
        publicContactEmail: '',
      });
    });

    it('trims text fields', async () => {
      const created = await test.call(
        'createGroup',
        sampleGroup({ name: '  Grief Circle  ', room: ' 2 ' }),
      );
      expect(created).toMatchObject({ name: 'Grief Circle', room: '2' });
    });

    it('answers NOT_FOUND for a group that does not exist', async () => {
      expect(await test.refuse('getGroup', { id: 9999 })).toEqual({
        code: 'NOT_FOUND',
        messageKey: 'errors.NOT_FOUND',
      });
    });
  });
});
