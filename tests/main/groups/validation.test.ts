import type { MethodInput } from '../../../shared/api/contract';
import { auditRows, groupsCentre, type SetUpCore } from '../../support/groups-centre';
import { fullGroup } from '../../support/sample-inputs';
import { sampleGroup } from '../../support/temp-core';

let test: SetUpCore;
let hallId: number;

beforeEach(async () => {
  ({ test, hallId } = await groupsCentre());
});

afterEach(() => test.cleanUp());

async function expectFieldError(
  input: MethodInput<'createGroup'>,
  path: string,
  messageKey: string,
): Promise<void> {
  const error = await test.refuse('createGroup', input);
  expect(error.code).toBe('VALIDATION_FAILED');
  expect(error.fieldErrors).toContainEqual(expect.objectContaining({ path, messageKey }));
}

describe('groups', () => {
  describe('validation', () => {
    it('refuses an end date before the start date', async () => {
      await expectFieldError(
        sampleGroup({ startDate: '2026-03-10', endDate: '2026-03-09' }),
        'endDate',
        'validation.endBeforeStart',
      );
    });

    it('accepts an end date on the start date', async () => {
      const created = await test.call(
        'createGroup',
        sampleGroup({ startDate: '2026-03-10', endDate: '2026-03-10' }),
      );
      expect(created.endDate).toBe('2026-03-10');
    });

    it('refuses an online group without a link or dial-in', async () => {
      await expectFieldError(
        sampleGroup({ format: 'online', onlineLink: '', dialIn: '' }),
        'onlineLink',
        'validation.onlineNeedsLink',
      );
    });

    it('accepts an online group with a dial-in only', async () => {
      const created = await test.call(
        'createGroup',
        sampleGroup({ onlineLink: '', dialIn: '0800 123 456' }),
      );
      expect(created.dialIn).toBe('0800 123 456');
    });

    it('refuses an in-person group without a location', async () => {
      await expectFieldError(
        sampleGroup({ format: 'in_person', onlineLink: '', locationId: null }),
        'locationId',
        'validation.needsLocation',
      );
    });

    it('refuses a hybrid group without a location', async () => {
      await expectFieldError(
        sampleGroup({ format: 'hybrid' }),
        'locationId',
        'validation.needsLocation',
      );
    });

    it.each(['FREQ=YEARLY', 'FREQ=WEEKLY;UNTIL=20261231T000000Z;BYDAY=MO', 'every tuesday', ''])(
      'refuses the schedule rule %j',
      async (rrule) => {
        await expectFieldError(
          sampleGroup({ schedule: { rrule, startTime: '19:00', durationMinutes: 60 } }),
          'schedule.rrule',
          'validation.rrule',
        );
      },
    );

    it.each(['25:00', '7:00', '19:60', '19:00:00'])(
      'refuses the start time %j',
      async (startTime) => {
        await expectFieldError(
          sampleGroup({
            schedule: { rrule: 'FREQ=WEEKLY;BYDAY=TH', startTime, durationMinutes: 60 },
          }),
          'schedule.startTime',
          'validation.time',
        );
      },
    );

    it.each(['2026-02-30', '2026-13-01', '2025-02-29', '26-01-01', '2026-1-8'])(
      'refuses the start date %j',
      async (startDate) => {
        await expectFieldError(sampleGroup({ startDate }), 'startDate', 'validation.date');
      },
    );

    it('accepts 29 February in a leap year', async () => {
      expect(
        (await test.call('createGroup', sampleGroup({ startDate: '2028-02-29' }))).startDate,
      ).toBe('2028-02-29');
    });

    it('refuses a location that does not exist, naming locationId', async () => {
      await expectFieldError(
        sampleGroup({ format: 'in_person', onlineLink: '', locationId: 9999 }),
        'locationId',
        'validation.invalidChoice',
      );
    });

    it('refuses a location that was deleted', async () => {
      const annex = await test.call('createLocation', { name: 'Annex' });
      await test.call('deleteLocation', { id: annex.id });
      await expectFieldError(
        sampleGroup({ format: 'hybrid', locationId: annex.id }),
        'locationId',
        'validation.invalidChoice',
      );
    });

    it('refuses a failed write without leaving a group or an audit row behind', async () => {
      const auditBefore = await auditRows(test);
      await test.refuse('createGroup', sampleGroup({ format: 'hybrid', locationId: 9999 }));
      expect(await test.call('listGroups', {})).toEqual([]);
      expect(await auditRows(test)).toEqual(auditBefore);
    });

    it('refuses an update to a missing location and keeps the group as it was', async () => {
      const group = await test.call('createGroup', fullGroup(hallId));
      const auditBefore = await auditRows(test);
      const error = await test.refuse('updateGroup', {
        ...fullGroup(9999),
        id: group.id,
        name: 'Changed',
      });
      expect(error.fieldErrors).toContainEqual(expect.objectContaining({ path: 'locationId' }));
      expect(await test.call('getGroup', { id: group.id })).toEqual(group);
      expect(await auditRows(test)).toEqual(auditBefore);
    });
  });
});
