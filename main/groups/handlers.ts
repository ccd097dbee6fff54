import type { GroupFields } from '../../shared/domain/groups';
import { AppError } from '../app-error';
import { changedFieldNames } from '../core/changed-fields';
import { assertNameIsNewOrConfirmed } from '../core/duplicate-names';
import type { Handlers } from '../core/handler-types';
import { fillGroupHorizon } from '../sessions/generate';
import { regenerateGroupSessions } from '../sessions/schedule-change';
import type { Repositories } from '../store/store';

type GroupMethods =
  'listGroups' | 'getGroup' | 'createGroup' | 'updateGroup' | 'archiveGroup' | 'unarchiveGroup';

async function assertLocationExists(repos: Repositories, fields: GroupFields): Promise<void> {
  if (fields.locationId !== null && !(await repos.locations.exists(fields.locationId))) {
    throw AppError.invalidField('locationId', 'validation.invalidChoice');
  }
}

async function findGroupOrFail(repos: Repositories, id: number) {
  const group = await repos.groups.find(id);
  if (!group) throw new AppError('NOT_FOUND');
  return group;
}

export const groupHandlers: Handlers<GroupMethods> = {
  listGroups: (input, { store }) => store.groups.list(input),
  getGroup: ({ id }, { store }) => findGroupOrFail(store, id),
  createGroup: ({ isDuplicateNameConfirmed, ...fields }, { write, now }) =>
    write(
      { action: 'create', entity: 'group', entityId: (group) => group.id },
      async (repos, audit) => {
        await assertNameIsNewOrConfirmed(repos.groups, {
          name: fields.name,
          isConfirmed: isDuplicateNameConfirmed,
          id: null,
          messageKey: 'errors.duplicateGroupName',
        });
        await assertLocationExists(repos, fields);
        audit.setFields(changedFieldNames(null, fields));
        const id = await repos.groups.create(fields);
        await fillGroupHorizon(repos, id, now());
        return findGroupOrFail(repos, id);
      },
    ),
  updateGroup: ({ id, isDuplicateNameConfirmed, ...fields }, { write, now }) =>
    write({ action: 'update', entity: 'group', entityId: () => id }, async (repos, audit) => {
      await assertNameIsNewOrConfirmed(repos.groups, {
        name: fields.name,
        isConfirmed: isDuplicateNameConfirmed,
        id,
        messageKey: 'errors.duplicateGroupName',
      });
      await assertLocationExists(repos, fields);
      const before = await findGroupOrFail(repos, id);
      await repos.groups.update(id, fields);
      const after = await findGroupOrFail(repos, id);
      audit.setFields(changedFieldNames(before, after));
      // In the same transaction: the group and its future sessions never disagree.
      await regenerateGroupSessions(repos, after, now());
      return after;
    }),
  archiveGroup: ({ id }, { write, now }) =>
    write({ action: 'archive', entity: 'group', entityId: () => id }, async (repos) => {
      if (!(await repos.groups.setStatus(id, 'archived'))) throw new AppError('NOT_FOUND');
      const group = await findGroupOrFail(repos, id);
      await regenerateGroupSessions(repos, group, now());
      return group;
    }),
  unarchiveGroup: ({ id }, { write, now }) =>
    write({ action: 'unarchive', entity: 'group', entityId: () => id }, async (repos) => {
      const group = await findGroupOrFail(repos, id);
      if (group.status !== 'archived') return group;
      // Back as paused: a coordinator checks its schedule and facilitators before it meets again.
      await repos.groups.setStatus(id, 'paused');
      const paused = await findGroupOrFail(repos, id);
      await regenerateGroupSessions(repos, paused, now());
      return paused;
    }),
};
