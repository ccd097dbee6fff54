import type { AuditAction } from '../../shared/domain/audit-names';
import { AppError } from '../app-error';
import { changedFieldNames } from '../core/changed-fields';
import type { SessionDetail } from '../../shared/domain/sessions';
import type { CallContext, Handlers } from '../core/handler-types';
import type { Repositories } from '../store/store';
import {
  assertLocationExists,
  assertNotClosed,
  assertNotHeld,
  auditedFields,
  findSessionOrFail,
  placeFromInput,
} from './session-exceptions';

type ClosureMethods =
  | 'cancelSession'
  | 'restoreSession'
  | 'moveSession'
  | 'addExtraSession'
  | 'listClosures'
  | 'previewClosure'
  | 'createClosure'
  | 'removeClosure';

async function findClosureOrFail(repos: Repositories, id: number) {
  const closure = await repos.closures.findInForce(id);
  if (!closure) throw new AppError('NOT_FOUND');
  return closure;
}

/** Runs one session write and names, for the audit log, the fields it changed. */
const sessionWrite = (
  context: CallContext,
  action: AuditAction,
  id: number,
  work: (repos: Repositories, before: SessionDetail) => Promise<void>,
) =>
  context.write({ action, entity: 'session', entityId: () => id }, async (repos, audit) => {
    const before = await findSessionOrFail(repos, id);
    await work(repos, before);
    const after = await findSessionOrFail(repos, id);
    audit.setFields(changedFieldNames(auditedFields(before), auditedFields(after)));
    return after;
  });

export const closureHandlers: Handlers<ClosureMethods> = {
  cancelSession: ({ id, reason }, context) =>
    sessionWrite(context, 'cancel', id, async (repos, before) => {
      assertNotHeld(before, 'closures.errors.cancelHeld');
      await repos.closures.cancelByHand(id, reason);
    }),
  restoreSession: ({ id }, context) =>
    sessionWrite(context, 'restore', id, async (repos, before) => {
      assertNotClosed(before);
      if (before.status !== 'cancelled') return;
      await repos.closures.restoreByHand(id);
      // Back on the calendar, unless the centre is closed that day after all.
      await repos.closures.cancelSessionIfClosed(id);
    }),
  moveSession: ({ id, ...input }, context) =>
    sessionWrite(context, 'move', id, async (repos, before) => {
      assertNotHeld(before, 'closures.errors.moveHeld');
      await repos.closures.move(id, await placeFromInput(repos, input, before));
      await repos.closures.cancelSessionIfClosed(id);
    }),
  addExtraSession: ({ groupId, ...input }, { write }) =>
    write({ action: 'create', entity: 'session', entityId: (s) => s.id }, async (repos, audit) => {
      const group = await repos.groups.find(groupId);
      if (!group) throw new AppError('NOT_FOUND');
      const place = await placeFromInput(repos, input, group);
      const id = await repos.sessions.insert({ groupId, occurrenceDate: null, ...place });
      await repos.closures.cancelSessionIfClosed(id);
      const session = await findSessionOrFail(repos, id);
      audit.setFields(changedFieldNames(null, { groupId, ...auditedFields(session) }));
      return session;
    }),

  listClosures: (_input, { store }) => store.closures.listInForce(),
  previewClosure: (input, { store }) => store.closures.preview(input),
  createClosure: (input, { write }) =>
    write({ action: 'create', entity: 'closure', entityId: (c) => c.id }, async (repos, audit) => {
      await assertLocationExists(repos, input.locationId);
      audit.setFields(changedFieldNames(null, input));
      return findClosureOrFail(repos, await repos.closures.create(input));
    }),
  removeClosure: ({ id }, { write }) =>
    write({ action: 'remove', entity: 'closure', entityId: () => id }, async (repos, audit) => {
      await findClosureOrFail(repos, id);
      audit.setFields(['removedAt']);
      return { restoredSessions: await repos.closures.remove(id) };
    }),
};
