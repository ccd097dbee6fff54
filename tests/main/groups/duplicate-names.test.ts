import { groupsCentre, type SetUpCore } from '../../support/groups-centre';
import { sampleGroup } from '../../support/temp-core';

let test: SetUpCore;

beforeEach(async () => {
  ({ test } = await groupsCentre());
});

afterEach(() => test.cleanUp());

describe('groups', () => {
  describe('duplicate names', () => {
    it('refuses a name that matches another group, ignoring case, accents and spaces', async () => {
      await test.call('createGroup', sampleGroup({ name: 'Grief Café' }));
      const error = await test.refuse('createGroup', sampleGroup({ name: '  GRIEF cafe ' }));
      expect(error).toMatchObject({
        code: 'DUPLICATE_NAME',
        messageKey: 'errors.duplicateGroupName',
        params: { name: 'GRIEF cafe' },
      });
      expect(await test.call('listGroups', {})).toHaveLength(1);
    });

    it('saves a duplicate name once the input says it was confirmed', async () => {
      await test.call('createGroup', sampleGroup({ name: 'Grief Café' }));
      await test.call(
        'createGroup',
        sampleGroup({ name: 'Grief Cafe', isDuplicateNameConfirmed: true }),
      );
      expect(await test.call('listGroups', {})).toHaveLength(2);
    });

    it('lets a group keep its own name on edit, even when another shares it', async () => {
      const first = await test.call('createGroup', sampleGroup({ name: 'Grief Café' }));
      await test.call(
        'createGroup',
        sampleGroup({ name: 'grief cafe', isDuplicateNameConfirmed: true }),
      );
      const edited = await test.call('updateGroup', {
        id: first.id,
        ...sampleGroup({ name: 'Grief Café', room: 'Room 4' }),
      });
      expect(edited).toMatchObject({ name: 'Grief Café', room: 'Room 4' });
    });

    it('refuses renaming a group to the name of another', async () => {
      await test.call('createGroup', sampleGroup({ name: 'Grief Café' }));
      const other = await test.call('createGroup', sampleGroup({ name: 'Carers' }));
      const error = await test.refuse('updateGroup', {
        id: other.id,
        ...sampleGroup({ name: 'grief café' }),
      });
      expect(error.code).toBe('DUPLICATE_NAME');
      expect((await test.call('getGroup', { id: other.id })).name).toBe('Carers');
    });
  });
});
