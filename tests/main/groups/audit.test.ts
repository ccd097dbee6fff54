import { randomBytes } from 'node:crypto';
import { auditRows, groupsCentre, type SetUpCore } from '../../support/groups-centre';
import { fullGroup } from '../../support/sample-inputs';

let test: SetUpCore;
let hallId: number;

beforeEach(async () => {
  ({ test, hallId } = await groupsCentre());
});

afterEach(() => test.cleanUp());

describe('groups', () => {
  describe('the audit log', () => {
    it('gets one row per write with who, what and which record, and none of the content', async () => {
      const marker = `MARK${randomBytes(6).toString('hex')}`;
      const before = (await auditRows(test)).length;
      const admin = (await test.call('getVaultStatus', {})).user!;

      const group = await test.call(
        'createGroup',
        fullGroup(hallId, {
          name: `Circle ${marker}`,
          publicDescription: marker,
          groundRules: marker,
        }),
      );
      await test.call('updateGroup', {
        id: group.id,
        ...fullGroup(hallId, { name: `Renamed ${marker}` }),
      });
      await test.call('archiveGroup', { id: group.id });
      await test.call('unarchiveGroup', { id: group.id });
      await test.call('listGroups', { search: marker });
      await test.call('getGroup', { id: group.id });

      const rows = (await auditRows(test))
        .slice(0, (await auditRows(test)).length - before)
        .reverse();
      expect(rows.map(({ at: _at, ...row }) => row)).toEqual([
        {
          userId: admin.id,
          action: 'create',
          entity: 'group',
          entityId: group.id,
          fields: expect.arrayContaining(['groundRules', 'name', 'publicDescription', 'schedule']),
        },
        {
          userId: admin.id,
          action: 'update',
          entity: 'group',
          entityId: group.id,
          fields: ['groundRules', 'name', 'publicDescription'],
        },
        { userId: admin.id, action: 'archive', entity: 'group', entityId: group.id, fields: [] },
        { userId: admin.id, action: 'unarchive', entity: 'group', entityId: group.id, fields: [] },
      ]);
      expect(JSON.stringify(await auditRows(test))).not.toContain(marker);
    });
  });
});
