import type { AuditAction } from '../../shared/domain/audit-names';
import { AppError } from '../app-error';
import { changedFieldNames } from '../core/changed-fields';
import { assertNameIsNewOrConfirmed } from '../core/duplicate-names';
import type { CallContext, Handlers } from '../core/handler-types';
import type { Repositories } from '../store/store';
import { changeableVolunteerOrFail } from '../volunteers/volunteer-views';

type TrainingMethods =
  | 'listTrainings'
  | 'createTraining'
  | 'updateTraining'
  | 'retireTraining'
  | 'restoreTraining'
  | 'recordTrainingCompletion'
  | 'removeTrainingCompletion';

async function trainingOrFail(repos: Repositories, id: number) {
  const training = await repos.trainings.find(id);
  if (!training) throw new AppError('NOT_FOUND');
  return training;
}

function setRetired(isRetired: boolean, action: AuditAction) {
  return ({ id }: { id: number }, { write }: CallContext) =>
    write({ action, entity: 'training', entityId: () => id }, async (repos, audit) => {
      const before = await trainingOrFail(repos, id);
      if (before.isRetired !== isRetired) {
        await repos.trainings.setRetired(id, isRetired);
        audit.setFields(['isRetired']);
      }
      return trainingOrFail(repos, id);
    });
}

export const trainingHandlers: Handlers<TrainingMethods> = {
  listTrainings: (_input, { store }) => store.trainings.list(),
  createTraining: ({ isDuplicateNameConfirmed, ...fields }, { write }) =>
    write({ action: 'create', entity: 'training', entityId: (t) => t.id }, async (repos, audit) => {
      await assertNameIsNewOrConfirmed(repos.trainings, {
        name: fields.name,
        isConfirmed: isDuplicateNameConfirmed,
        id: null,
        messageKey: 'errors.duplicateTrainingName',
      });
      audit.setFields(changedFieldNames(null, fields));
      return trainingOrFail(repos, await repos.trainings.create(fields));
    }),
  updateTraining: ({ id, isDuplicateNameConfirmed, ...fields }, { write }) =>
    write({ action: 'update', entity: 'training', entityId: () => id }, async (repos, audit) => {
      await assertNameIsNewOrConfirmed(repos.trainings, {
        name: fields.name,
        isConfirmed: isDuplicateNameConfirmed,
        id,
        messageKey: 'errors.duplicateTrainingName',
      });
      const before = await trainingOrFail(repos, id);
      await repos.trainings.update(id, fields);
      const after = await trainingOrFail(repos, id);
      audit.setFields(changedFieldNames(before, after));
      return after;
    }),
  // Retired, never deleted: completions recorded against it stay part of each volunteer's record.
  retireTraining: setRetired(true, 'retire'),
  restoreTraining: setRetired(false, 'restore'),
  recordTrainingCompletion: ({ volunteerId, trainingId, completedOn }, { write, now }) =>
    write(
      { action: 'record_completion', entity: 'volunteer', entityId: () => volunteerId },
      async (repos, audit) => {
        await changeableVolunteerOrFail(repos, volunteerId, now());
        if ((await trainingOrFail(repos, trainingId)).isRetired) {
          throw AppError.invalidField('trainingId', 'errors.trainingRetired');
        }
        await repos.trainings.addCompletion(volunteerId, trainingId, completedOn);
        audit.setFields(['completions']);
        return changeableVolunteerOrFail(repos, volunteerId, now());
      },
    ),
  removeTrainingCompletion: ({ id }, { write, now }) =>
    write(
      { action: 'remove_completion', entity: 'volunteer', entityId: (v) => v.id },
      async (repos, audit) => {
        const removed = await repos.trainings.removeCompletion(id);
        if (!removed) throw new AppError('NOT_FOUND');
        await changeableVolunteerOrFail(repos, removed.volunteerId, now());
        audit.setFields(['completions']);
        return changeableVolunteerOrFail(repos, removed.volunteerId, now());
      },
    ),
};
