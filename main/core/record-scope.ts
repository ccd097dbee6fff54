import type { AnyScope } from '../../shared/api/scope';
import { isLimitedToOwnRecords } from '../../shared/api/scope';
import type { SessionUser } from '../../shared/domain/vault';
import { AppError } from '../app-error';
import type { Repositories } from '../store/store';

// The one place a method's declared scope (shared/api/scope.ts) is applied. Dispatch runs every
// handler through here, so a handler never checks "is this my group?" by itself.

type Fields = Readonly<Record<string, unknown>>;

function keepFields(value: unknown, fields: readonly string[]): unknown {
  const pick = (row: Fields) => Object.fromEntries(fields.map((field) => [field, row[field]]));
  return Array.isArray(value) ? value.map((row: Fields) => pick(row)) : pick(value as Fields);
}

/** The group the input names, directly or through a session; undefined when it names none. */
async function groupNamedBy(
  scope: Exclude<AnyScope, 'all'>,
  input: Fields,
  repos: Repositories,
): Promise<number | null | undefined> {
  if (scope.groupIdInput !== undefined) {
    const groupId = input[scope.groupIdInput];
    return typeof groupId === 'number' ? groupId : null;
  }
  if (scope.sessionIdInput !== undefined) {
    const sessionId = input[scope.sessionIdInput];
    return typeof sessionId === 'number' ? await repos.sessions.groupIdOf(sessionId) : null;
  }
  return undefined;
}

/**
 * Runs `handle` as `user` may: staff see everything; a facilitator names only groups they
 * facilitate (any other id is FORBIDDEN, whether it exists or not, so nothing leaks), receives
 * only their own groups' rows, and only the fields the scope lets them see.
 */
export async function runInScope(
  scope: AnyScope,
  user: SessionUser,
  repos: Repositories,
  input: unknown,
  handle: () => Promise<unknown>,
): Promise<unknown> {
  if (scope === 'all' || !isLimitedToOwnRecords(user.role)) return handle();
  const ownGroups = new Set(await repos.facilitators.groupIdsOfUser(user.id));
  const groupId = await groupNamedBy(scope, input as Fields, repos);
  if (groupId !== undefined && (groupId === null || !ownGroups.has(groupId))) {
    throw new AppError('FORBIDDEN', 'errors.notYourGroup');
  }
  let value = await handle();
  const rowKey = scope.groupIdInRows;
  if (rowKey !== undefined) {
    value = (value as Fields[]).filter((row) => ownGroups.has(row[rowKey] as number));
  }
  return scope.visibleFields ? keepFields(value, scope.visibleFields) : value;
}
