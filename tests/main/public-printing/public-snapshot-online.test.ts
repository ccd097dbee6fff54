import { readFileSync } from 'node:fs';
import { fullGroup } from '../../support/sample-inputs';
import { createSetUpCore } from '../../support/temp-core';
import {
  keysIn,
  markedLocation,
  snapshotFile,
  snapshotOf,
  type SetUpCore,
} from './snapshot-helpers';

// Issue 12: a group's online link and dial-in reach the print station, the .ics and the Meeting
// Guide feed only when the group chose to publish them.
describe('the public snapshot and online meetings', () => {
  let test: SetUpCore;

  beforeEach(async () => {
    test = await createSetUpCore();
  });

  afterEach(() => test.cleanUp());

  it('holds the online link and dial-in only of an online group that chose to publish them', async () => {
    const location = await test.call('createLocation', markedLocation());
    const link = { onlineLink: 'https://meet.example.org/carers', dialIn: '0800 123 456' };
    const unpublished = { ...link, isOnlineLinkPublic: false };
    const listed = { status: 'active', isListedPublicly: true } as const;
    const hybrid = await test.call(
      'createGroup',
      fullGroup(location.id, { ...listed, ...unpublished, name: 'Hybrid', format: 'hybrid' }),
    );
    await test.call(
      'createGroup',
      fullGroup(location.id, { ...listed, ...unpublished, name: 'Unpublished', format: 'hybrid' }),
    );
    // In person, a stored link has no meeting to lead to: the choice publishes nothing.
    await test.call(
      'createGroup',
      fullGroup(location.id, {
        ...listed,
        ...link,
        name: 'In person',
        format: 'in_person',
        isOnlineLinkPublic: true,
      }),
    );
    const linksOf = async () =>
      (await snapshotOf(test)).groups.map(({ name, onlineLink, dialIn }) => ({
        name,
        onlineLink,
        dialIn,
      }));
    const nothing = { onlineLink: undefined, dialIn: undefined };
    expect(await linksOf()).toEqual([
      { name: 'Hybrid', ...nothing },
      { name: 'In person', ...nothing },
      { name: 'Unpublished', ...nothing },
    ]);
    expect(readFileSync(snapshotFile(test), 'utf8')).not.toContain('meet.example.org');

    const { id, createdAt, updatedAt, locationName, ...fields } = hybrid;
    await test.call('updateGroup', { id, ...fields, isOnlineLinkPublic: true });
    expect(await linksOf()).toEqual([
      { name: 'Hybrid', ...link },
      { name: 'In person', ...nothing },
      { name: 'Unpublished', ...nothing },
    ]);
    expect(keysIn(await snapshotOf(test))).not.toContain('isOnlineLinkPublic');

    await test.call('updateGroup', { id, ...fields, isOnlineLinkPublic: false });
    expect(readFileSync(snapshotFile(test), 'utf8')).not.toContain('meet.example.org');
  });
});
