import { isLimitedToOwnRecords } from '../../shared/api/scope';
import { canMoveIncident } from '../../shared/domain/incidents';
import type { SessionUser } from '../../shared/domain/vault';
import { AppError } from '../app-error';
import { changedFieldNames } from '../core/changed-fields';
import type { Handlers } from '../core/handler-types';
import type { Repositories } from '../store/store';

// Safeguarding incidents (DESIGN §3, issue 10 item 5). Staff reach every incident; anyone else
// reaches only what they reported themselves, so another facilitator of the same group sees no
// trace. Every read and change goes through `write` so the audit log records it: who, what kind
// of action, which incident and the names of the fields, never what was written.

const ENTITY = 'incident';

/** Whose reports `user` may read: null for everyone's (staff), else their own user id. */
const reporterLimit = (user: SessionUser): number | null =>
  isLimitedToOwnRecords(user.role) ? user.id : null;

/** NOT_FOUND both for an id that does not exist and for one the caller may not read. */
async function findIncidentOrFail(repos: Repositories, id: number, reportedBy: number | null) {
  const incident = await repos.incidents.find(id, reportedBy);
  if (!incident) throw new AppError('NOT_FOUND');
  return incident;
}

export const incidentHandlers: Handlers<
  'fileIncident' | 'listIncidents' | 'getIncident' | 'updateIncident'
> = {
  // The contract's scope has already checked the session is of the caller's own group.
  fileIncident: ({ sessionId, ...fields }, { write, user }) =>
    write({ action: 'file', entity: ENTITY, entityId: (i) => i.id }, async (repos, audit) => {
      const session = await repos.sessionQueries.find(sessionId);
      if (!session) throw new AppError('NOT_FOUND');
      const id = await repos.incidents.insert({
        ...fields,
        sessionId,
        groupId: session.groupId,
        occurredOn: session.localDate,
        reportedBy: user.id,
      });
      audit.setFields(changedFieldNames(null, fields));
      return findIncidentOrFail(repos, id, null);
    }),
  listIncidents: (input, { write, user }) =>
    write({ action: 'read', entity: ENTITY }, async (repos, audit) => {
      audit.setFields(
        Object.keys(input).filter((name) => input[name as keyof typeof input] !== null),
      );
      return repos.incidents.list({ ...input, reportedBy: reporterLimit(user) });
    }),
  getIncident: ({ id }, { write, user }) =>
    write({ action: 'read', entity: ENTITY, entityId: () => id }, (repos) =>
      findIncidentOrFail(repos, id, reporterLimit(user)),
    ),
  updateIncident: ({ id, status, note }, { write, user }) =>
    write({ action: 'update', entity: ENTITY, entityId: () => id }, async (repos, audit) => {
      const before = await findIncidentOrFail(repos, id, null);
      if (!canMoveIncident(before.status, status)) {
        throw new AppError('CONFLICT', 'incidents.errors.statusMove');
      }
      const isMove = status !== before.status;
      await repos.incidents.addNote({
        incidentId: id,
        writtenBy: user.id,
        note,
        statusTo: isMove ? status : null,
      });
      audit.setFields(isMove ? ['status', 'notes'] : ['notes']);
      return findIncidentOrFail(repos, id, null);
    }),
};
