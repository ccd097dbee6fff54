import type { AuditAction } from '../../shared/domain/audit-names';
import { confirmsErasure } from '../../shared/domain/volunteers';
import { AppError } from '../app-error';
import { changedFieldNames } from '../core/changed-fields';
import type { CallContext, Handlers } from '../core/handler-types';
import { changeableVolunteerOrFail, listVolunteerPage, volunteerOrFail } from './volunteer-views';

type VolunteerMethods =
  | 'listVolunteers'
  | 'getVolunteer'
  | 'createVolunteer'
  | 'updateVolunteer'
  | 'deactivateVolunteer'
  | 'reactivateVolunteer'
  | 'eraseVolunteer';

function setStatus(status: 'active' | 'inactive', action: AuditAction) {
  return ({ id }: { id: number }, { write, now }: CallContext) =>
    write({ action, entity: 'volunteer', entityId: () => id }, async (repos, audit) => {
      const before = await changeableVolunteerOrFail(repos, id, now());
      if (before.status !== status) {
        await repos.volunteers.setStatus(id, status);
        audit.setFields(['status']);
      }
      return volunteerOrFail(repos, id, now());
    });
}

export const volunteerHandlers: Handlers<VolunteerMethods> = {
  listVolunteers: (input, { store, now, readinessStates }) =>
    listVolunteerPage(store, input, now(), (inputs) => readinessStates.of(store, inputs)),
  getVolunteer: ({ id }, { store, now }) => volunteerOrFail(store, id, now()),
  createVolunteer: (fields, { write, now }) =>
    write(
      { action: 'create', entity: 'volunteer', entityId: (v) => v.id },
      async (repos, audit) => {
        audit.setFields(changedFieldNames(null, fields));
        return volunteerOrFail(repos, await repos.volunteers.create(fields), now());
      },
    ),
  updateVolunteer: ({ id, ...fields }, { write, now }) =>
    write({ action: 'update', entity: 'volunteer', entityId: () => id }, async (repos, audit) => {
      const before = await changeableVolunteerOrFail(repos, id, now());
      await repos.volunteers.update(id, fields);
      const after = await volunteerOrFail(repos, id, now());
      audit.setFields(changedFieldNames(before, after).filter((name) => name in fields));
      return after;
    }),
  deactivateVolunteer: setStatus('inactive', 'deactivate'),
  reactivateVolunteer: setStatus('active', 'reactivate'),
  eraseVolunteer: ({ id, confirmName }, { write, now }) =>
    write({ action: 'erase', entity: 'volunteer', entityId: () => id }, async (repos) => {
      const volunteer = await changeableVolunteerOrFail(repos, id, now());
      if (!confirmsErasure(confirmName, volunteer)) {
        throw AppError.invalidField('confirmName', 'errors.eraseNameMismatch');
      }
      await repos.volunteers.erase(id);
      // Their places in groups end with them; sessions they facilitated keep the anonymous row.
      await repos.facilitators.removeAllOf(id);
      // No field names either: "erase" says it all, and names would hint at what was there.
      return volunteerOrFail(repos, id, now());
    }),
};
