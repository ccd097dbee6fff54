import { groupsCentre, type SetUpCore } from '../../support/groups-centre';
import { fullGroup } from '../../support/sample-inputs';
import { sampleGroup } from '../../support/temp-core';

let test: SetUpCore;

beforeEach(async () => {
  ({ test } = await groupsCentre());
});

afterEach(() => test.cleanUp());

describe('groups', () => {
  describe('updating, archiving and unarchiving', () => {
    it('replaces every field on update', async () => {
      const group = await test.call('createGroup', sampleGroup());
      const annex = await test.call('createLocation', { name: 'Annex' });
      const changes = fullGroup(annex.id);
      const updated = await test.call('updateGroup', { id: group.id, ...changes });
      expect(updated).toEqual({
        ...changes,
        id: group.id,
        locationName: 'Annex',
        createdAt: group.createdAt,
        updatedAt: expect.any(String),
      });
      expect(await test.call('getGroup', { id: group.id })).toEqual(updated);
    });

    it('answers NOT_FOUND when updating a missing group', async () => {
      expect(await test.refuse('updateGroup', { id: 9999, ...sampleGroup() })).toMatchObject({
        code: 'NOT_FOUND',
      });
    });

    it('archives a group and brings it back as paused', async () => {
      const group = await test.call('createGroup', sampleGroup());
      expect((await test.call('archiveGroup', { id: group.id })).status).toBe('archived');
      expect((await test.call('getGroup', { id: group.id })).status).toBe('archived');
      expect((await test.call('unarchiveGroup', { id: group.id })).status).toBe('paused');
      expect((await test.call('getGroup', { id: group.id })).status).toBe('paused');
    });

    it('leaves a group that is not archived as it is on unarchive', async () => {
      const group = await test.call('createGroup', sampleGroup());
      expect((await test.call('unarchiveGroup', { id: group.id })).status).toBe('active');
    });

    it('answers NOT_FOUND when archiving or unarchiving a missing group', async () => {
      expect(await test.refuse('archiveGroup', { id: 9999 })).toMatchObject({ code: 'NOT_FOUND' });
      expect(await test.refuse('unarchiveGroup', { id: 9999 })).toMatchObject({
        code: 'NOT_FOUND',
      });
    });
  });
});
