import type { Role } from './roles';

// Which records of a method a caller may reach, declared beside the method in the contract and
// applied by the dispatcher (main/core/record-scope.ts): one mechanism, no checks in handlers.

/** Roles limited to the records tied to them (the groups they facilitate). Staff reach all. */
export const OWN_RECORDS_ROLES: readonly Role[] = ['facilitator'];

export const isLimitedToOwnRecords = (role: Role): boolean => OWN_RECORDS_ROLES.includes(role);

/** The element type of a list output (never for a single record). */
type Row<Output> = Output extends readonly (infer R)[] ? R : never;
type RowKey<Output> = keyof Row<Output> & string;

/**
 * - `'all'`: the method holds no per-record data, or no limited role may call it.
 * - `ownGroups` with `groupIdInput`: the input field naming the one group the call is about; a
 *   limited caller naming any other group (existing or not) is refused FORBIDDEN before the
 *   handler runs, so nothing is read or changed.
 * - `ownGroups` with `sessionIdInput`: the input field naming one session; the session's group
 *   decides, as with `groupIdInput` (a session that does not exist is refused the same way).
 * - `ownGroups` with `groupIdInRows`: a list whose rows carry a group id; a limited caller gets
 *   only the rows of their own groups.
 * - `visibleFields`: the only row fields a limited caller receives (a co-facilitator's name and
 *   phone, never their readiness or the reason they were made lead).
 */
export type Scope<Input = unknown, Output = unknown> =
  | 'all'
  | {
      readonly kind: 'ownGroups';
      readonly groupIdInput: keyof Input & string;
      readonly visibleFields?: readonly RowKey<Output>[];
    }
  | {
      readonly kind: 'ownGroups';
      readonly sessionIdInput: keyof Input & string;
      readonly visibleFields?: readonly RowKey<Output>[];
    }
  | {
      readonly kind: 'ownGroups';
      readonly groupIdInRows: RowKey<Output>;
      readonly visibleFields?: readonly RowKey<Output>[];
    };

/** A scope with its field names checked against the method's types, as the contract holds it. */
export type AnyScope =
  | 'all'
  | {
      readonly kind: 'ownGroups';
      readonly groupIdInput?: string;
      readonly sessionIdInput?: string;
      readonly groupIdInRows?: string;
      readonly visibleFields?: readonly string[];
    };
