import { isLimitedToOwnRecords } from '../../shared/api/scope';
import {
  isOnRosterOn,
  NEEDS_RECORD_DAYS,
  NEEDS_RECORD_LIMIT,
} from '../../shared/domain/session-records';
import { AppError } from '../app-error';
import type { Handlers } from '../core/handler-types';
import { participantHandlers } from './participants';
import { recordSession } from './record-session';

const DAY_MS = 24 * 60 * 60 * 1000;

export const sessionRecordHandlers: Handlers<
  | 'recordSession'
  | 'listNeedsRecord'
  | 'getSessionAttendance'
  | 'listParticipants'
  | 'addParticipant'
  | 'updateParticipant'
  | 'withdrawParticipantConsent'
> = {
  recordSession,

  // A facilitator's own groups are chosen in SQL (the scope's row filter then finds nothing
  // to drop), so the newest-first limit applies to their sessions, not to everyone's.
  listNeedsRecord: async (_input, { store, user, now }) => {
    const groupIds = isLimitedToOwnRecords(user.role)
      ? await store.facilitators.groupIdsOfUser(user.id)
      : null;
    const at = now();
    const ids = await store.sessionRecords.listNeedsRecordIds({
      endedBy: new Date(at).toISOString(),
      startedFrom: new Date(at - NEEDS_RECORD_DAYS * DAY_MS).toISOString(),
      groupIds,
      limit: NEEDS_RECORD_LIMIT,
    });
    return store.sessionQueries.listByIds(ids);
  },

  getSessionAttendance: async ({ id }, { store }) => {
    const records = store.sessionRecords;
    const session = await records.findSession(id);
    if (!session) throw new AppError('NOT_FOUND');
    const facilitators = await records.facilitatorsOf(session);
    if (session.rosterMode !== 'named_with_consent') {
      return { roster: [], attendedParticipantIds: [], facilitators };
    }
    const attended = await records.attendedIds(id);
    const participants = await records.listParticipants(session.groupId, true);
    const roster = participants.filter(
      (p) => isOnRosterOn(p, session.localDate) || attended.includes(p.id),
    );
    return { roster, attendedParticipantIds: attended, facilitators };
  },

  ...participantHandlers,
};
