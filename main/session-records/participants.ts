import type { Participant } from '../../shared/domain/session-records';
import { AppError } from '../app-error';
import { changedFieldNames } from '../core/changed-fields';
import type { Handlers } from '../core/handler-types';
import type { Repositories } from '../store/store';

type ParticipantMethods =
  'listParticipants' | 'addParticipant' | 'updateParticipant' | 'withdrawParticipantConsent';

async function assertGroupExists(repos: Repositories, groupId: number): Promise<void> {
  if (!(await repos.groups.find(groupId))) throw new AppError('NOT_FOUND');
}

async function existingParticipant(repos: Repositories, groupId: number, id: number) {
  const participant = await repos.sessionRecords.findParticipant(groupId, id);
  if (!participant) throw new AppError('NOT_FOUND');
  return participant;
}

const auditFields = ({ name, consentOn, consentWithdrawnOn }: Participant) => ({
  name,
  consentOn,
  consentWithdrawnOn,
});

/**
 * Named rosters: a first name or alias and the date consent was given. Withdrawing consent keeps
 * the person on the attendance already recorded and off every roster after that date; nobody is
 * deleted. Participants may be kept while the group still counts anonymously (ready for the
 * switch, or kept after switching back); attendance itself is only taken in named mode.
 */
export const participantHandlers: Handlers<ParticipantMethods> = {
  listParticipants: async ({ groupId, includeWithdrawn }, { store }) => {
    await assertGroupExists(store, groupId);
    return store.sessionRecords.listParticipants(groupId, includeWithdrawn);
  },
  addParticipant: ({ groupId, name, consentOn }, { write }) =>
    write(
      { action: 'create', entity: 'participant', entityId: (p: Participant) => p.id },
      async (repos, audit) => {
        await assertGroupExists(repos, groupId);
        const id = await repos.sessionRecords.addParticipant(groupId, name, consentOn);
        const participant = await existingParticipant(repos, groupId, id);
        audit.setFields(changedFieldNames(null, auditFields(participant)));
        return participant;
      },
    ),
  updateParticipant: ({ groupId, id, name, consentOn }, { write }) =>
    write({ action: 'update', entity: 'participant', entityId: () => id }, async (repos, audit) => {
      const before = await existingParticipant(repos, groupId, id);
      const withdrawn = before.consentWithdrawnOn;
      if (withdrawn !== null && consentOn > withdrawn) {
        throw AppError.invalidField('consentOn', 'sessionRecord.validation.consentAfterWithdrawal');
      }
      await repos.sessionRecords.updateParticipant(id, {
        name,
        consentOn,
        consentWithdrawnOn: withdrawn,
      });
      const after = await existingParticipant(repos, groupId, id);
      audit.setFields(changedFieldNames(auditFields(before), auditFields(after)));
      return after;
    }),
  withdrawParticipantConsent: ({ groupId, id, withdrawnOn }, { write }) =>
    write(
      { action: 'withdrawConsent', entity: 'participant', entityId: () => id },
      async (repos, audit) => {
        const before = await existingParticipant(repos, groupId, id);
        if (before.consentWithdrawnOn !== null) {
          throw new AppError('CONFLICT', 'sessionRecord.errors.alreadyWithdrawn');
        }
        if (withdrawnOn < before.consentOn) {
          throw AppError.invalidField(
            'withdrawnOn',
            'sessionRecord.validation.withdrawalBeforeConsent',
          );
        }
        await repos.sessionRecords.updateParticipant(id, {
          name: before.name,
          consentOn: before.consentOn,
          consentWithdrawnOn: withdrawnOn,
        });
        audit.setFields(['consentWithdrawnOn']);
        return existingParticipant(repos, groupId, id);
      },
    ),
};
