import { AppError } from '../app-error';
import { changedFieldNames } from '../core/changed-fields';
import { assertNameIsNewOrConfirmed } from '../core/duplicate-names';
import type { Handlers } from '../core/handler-types';
import type { Repositories } from '../store/store';

type ResourceMethods =
  | 'listResources'
  | 'listRemovedResources'
  | 'createResource'
  | 'updateResource'
  | 'removeResource'
  | 'restoreResource';

async function resourceOrFail(repos: Repositories, id: number) {
  const resource = await repos.resources.find(id);
  if (!resource) throw new AppError('NOT_FOUND');
  return resource;
}

const assertNameIsNew = (
  repos: Repositories,
  name: string,
  isConfirmed: boolean,
  id: number | null,
) =>
  assertNameIsNewOrConfirmed(repos.resources, {
    name,
    isConfirmed,
    id,
    messageKey: 'errors.duplicateResourceName',
  });

// Entity 'resource' is in PUBLIC_ENTITIES: each write below republishes the print station's file.
export const resourceHandlers: Handlers<ResourceMethods> = {
  listResources: (_input, { store }) => store.resources.list(),
  listRemovedResources: (_input, { store }) => store.resources.listRemoved(),
  createResource: ({ isDuplicateNameConfirmed, ...fields }, { write }) =>
    write({ action: 'create', entity: 'resource', entityId: (r) => r.id }, async (repos, audit) => {
      await assertNameIsNew(repos, fields.name, isDuplicateNameConfirmed, null);
      audit.setFields(changedFieldNames(null, fields));
      return resourceOrFail(repos, await repos.resources.create(fields));
    }),
  updateResource: ({ id, isDuplicateNameConfirmed, ...fields }, { write }) =>
    write({ action: 'update', entity: 'resource', entityId: () => id }, async (repos, audit) => {
      const before = await resourceOrFail(repos, id);
      await assertNameIsNew(repos, fields.name, isDuplicateNameConfirmed, id);
      await repos.resources.update(id, fields);
      const after = await resourceOrFail(repos, id);
      audit.setFields(changedFieldNames(before, after));
      return after;
    }),
  // Removed, never deleted: a removal by mistake is one click to undo.
  removeResource: ({ id }, { write }) =>
    write({ action: 'remove', entity: 'resource', entityId: () => id }, async (repos, audit) => {
      if (!(await repos.resources.setRemoved(id, true))) throw new AppError('NOT_FOUND');
      audit.setFields(['removedAt']);
      return { id };
    }),
  restoreResource: ({ id }, { write }) =>
    write({ action: 'restore', entity: 'resource', entityId: () => id }, async (repos, audit) => {
      if (!(await repos.resources.setRemoved(id, false))) throw new AppError('NOT_FOUND');
      audit.setFields(['removedAt']);
      return resourceOrFail(repos, id);
    }),
};
