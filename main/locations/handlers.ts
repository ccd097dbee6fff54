import { AppError } from '../app-error';
import { changedFieldNames } from '../core/changed-fields';
import { assertNameIsNewOrConfirmed } from '../core/duplicate-names';
import type { Handlers } from '../core/handler-types';
import type { Repositories } from '../store/store';

type LocationMethods = 'listLocations' | 'createLocation' | 'updateLocation' | 'deleteLocation';

async function findLocationOrFail(repos: Repositories, id: number) {
  const location = await repos.locations.find(id);
  if (!location) throw new AppError('NOT_FOUND');
  return location;
}

export const locationHandlers: Handlers<LocationMethods> = {
  listLocations: (_input, { store }) => store.locations.list(),
  createLocation: ({ isDuplicateNameConfirmed, ...fields }, { write }) =>
    write({ action: 'create', entity: 'location', entityId: (l) => l.id }, async (repos, audit) => {
      await assertNameIsNewOrConfirmed(repos.locations, {
        name: fields.name,
        isConfirmed: isDuplicateNameConfirmed,
        id: null,
        messageKey: 'errors.duplicateLocationName',
      });
      audit.setFields(changedFieldNames(null, fields));
      return findLocationOrFail(repos, await repos.locations.create(fields));
    }),
  updateLocation: ({ id, isDuplicateNameConfirmed, ...fields }, { write }) =>
    write({ action: 'update', entity: 'location', entityId: () => id }, async (repos, audit) => {
      await assertNameIsNewOrConfirmed(repos.locations, {
        name: fields.name,
        isConfirmed: isDuplicateNameConfirmed,
        id,
        messageKey: 'errors.duplicateLocationName',
      });
      const before = await findLocationOrFail(repos, id);
      await repos.locations.update(id, fields);
      const after = await findLocationOrFail(repos, id);
      audit.setFields(changedFieldNames(before, after));
      return after;
    }),
  deleteLocation: ({ id }, { write }) =>
    write({ action: 'delete', entity: 'location', entityId: () => id }, async (repos) => {
      const location = await findLocationOrFail(repos, id);
      if (location.groupCount > 0) {
        throw new AppError('CONFLICT', 'errors.locationInUse', { count: location.groupCount });
      }
      await repos.locations.delete(id);
      return null;
    }),
};
