// The whole API, declared once. Handlers implement it, the renderer calls it, the
// authorization test iterates over it: nothing else lists the methods again.
import { z } from 'zod';
import type { Dashboard } from '../domain/dashboard';
import { idInput, noInput } from '../domain/fields';
import {
  groupInputSchema,
  listGroupsInputSchema,
  updateGroupInputSchema,
  type Group,
  type GroupSummary,
} from '../domain/groups';
import { locationInputSchema, updateLocationInputSchema, type Location } from '../domain/locations';
import {
  organisationInputSchema,
  settingsInputSchema,
  type Organisation,
  type Settings,
} from '../domain/organisation';
import {
  changePasswordInputSchema,
  createUserInputSchema,
  logInInputSchema,
  recoverInputSchema,
  setUpVaultInputSchema,
  type SessionUser,
  type SetUpResult,
  type UserAccount,
  type VaultStatus,
} from '../domain/vault';
import {
  confirmRecoveryKeyInputSchema,
  replaceRecoveryKeyInputSchema,
  type NewRecoveryKey,
  type RecoveryKeyStatus,
} from '../domain/recovery-key';
import {
  backupSettingsInputSchema,
  createBackupInputSchema,
  listFolderInputSchema,
  openBackupInputSchema,
  restoreSafetyCopyInputSchema,
  type BackupPreview,
  type BackupProgress,
  type BackupResult,
  type BackupStatus,
  type BackupTarget,
  type FolderListing,
  type SafetyCopy,
} from '../domain/backup';
import { method, type MethodSpec } from './method';
import { ADMIN_ONLY, ANY_ROLE, STAFF } from './roles';

export const api = {
  getVaultStatus: method<VaultStatus>()({ input: noInput, access: 'public' }),
  setUpVault: method<SetUpResult>()({ input: setUpVaultInputSchema, access: 'public' }),
  logIn: method<SessionUser>()({ input: logInInputSchema, access: 'public' }),
  recoverWithRecoveryKey: method<SessionUser>()({ input: recoverInputSchema, access: 'public' }),
  lock: method<null>()({ input: noInput, access: ANY_ROLE }),
  logOut: method<null>()({ input: noInput, access: ANY_ROLE }),
  changePassword: method<null>()({ input: changePasswordInputSchema, access: ANY_ROLE }),
  getRecoveryKeyStatus: method<RecoveryKeyStatus>()({ input: noInput, access: ADMIN_ONLY }),
  replaceRecoveryKey: method<NewRecoveryKey>()({
    input: replaceRecoveryKeyInputSchema,
    access: ADMIN_ONLY,
  }),
  confirmRecoveryKey: method<null>()({ input: confirmRecoveryKeyInputSchema, access: ADMIN_ONLY }),

  listUsers: method<UserAccount[]>()({ input: noInput, access: ADMIN_ONLY }),
  createUser: method<UserAccount>()({ input: createUserInputSchema, access: ADMIN_ONLY }),

  getOrganisation: method<Organisation>()({ input: noInput, access: ANY_ROLE }),
  updateOrganisation: method<Organisation>()({ input: organisationInputSchema, access: STAFF }),
  getSettings: method<Settings>()({ input: noInput, access: ANY_ROLE }),
  updateSettings: method<Settings>()({ input: settingsInputSchema, access: ADMIN_ONLY }),

  getDashboard: method<Dashboard>()({ input: noInput, access: ANY_ROLE }),

  listGroups: method<GroupSummary[]>()({ input: listGroupsInputSchema, access: ANY_ROLE }),
  getGroup: method<Group>()({ input: idInput, access: ANY_ROLE }),
  createGroup: method<Group>()({ input: groupInputSchema, access: STAFF }),
  updateGroup: method<Group>()({ input: updateGroupInputSchema, access: STAFF }),
  archiveGroup: method<Group>()({ input: idInput, access: STAFF }),
  unarchiveGroup: method<Group>()({ input: idInput, access: STAFF }),

  listLocations: method<Location[]>()({ input: noInput, access: ANY_ROLE }),
  createLocation: method<Location>()({ input: locationInputSchema, access: STAFF }),
  updateLocation: method<Location>()({ input: updateLocationInputSchema, access: STAFF }),
  deleteLocation: method<null>()({ input: idInput, access: STAFF }),

  // Backup and restore (DESIGN §6, docs/BACKUP-FORMAT.md). The core runs calls one at a time, so
  // a backup holds the queue while it runs. Progress therefore never enters the queue: the core
  // worker posts each progress step to its host, which keeps the latest and answers
  // `getBackupProgress` itself (main/core/client.ts); an in-process Core answers it ahead of the
  // queue. It is public because it tells only a phase and byte counts, never a name or a path,
  // and a host answering it cannot ask the core who is signed in.
  createBackup: method<BackupResult>()({ input: createBackupInputSchema, access: STAFF }),
  getBackupProgress: method<BackupProgress | null>()({ input: noInput, access: 'public' }),
  getBackupStatus: method<BackupStatus>()({ input: noInput, access: STAFF }),
  updateBackupSettings: method<BackupStatus>()({
    input: backupSettingsInputSchema,
    access: ADMIN_ONLY,
  }),
  listBackupTargets: method<BackupTarget[]>()({ input: noInput, access: STAFF }),
  listFolder: method<FolderListing>()({ input: listFolderInputSchema, access: STAFF }),
  openBackup: method<BackupPreview>()({ input: openBackupInputSchema, access: ADMIN_ONLY }),
  /**
   * On success the core locks (as an idle lock does): the restored data has its own accounts, so
   * everyone signs in again; the hosts drop the session at the next call, which answers LOCKED.
   * A refused restore (wrong password, damaged file) leaves the session as it was.
   */
  restoreBackup: method<BackupPreview>()({ input: openBackupInputSchema, access: ADMIN_ONLY }),
  /** Only while the folder is new (first run on a new PC); ALREADY_SET_UP otherwise. */
  previewBackupOnNewComputer: method<BackupPreview>()({
    input: openBackupInputSchema,
    access: 'public',
  }),
  restoreBackupOnNewComputer: method<BackupPreview>()({
    input: openBackupInputSchema,
    access: 'public',
  }),
  listSafetyCopies: method<SafetyCopy[]>()({ input: noInput, access: ADMIN_ONLY }),
  /** Restores data kept aside by an earlier restore; the data replaced is kept aside in turn. */
  restoreSafetyCopy: method<null>()({ input: restoreSafetyCopyInputSchema, access: ADMIN_ONLY }),
} satisfies Record<string, MethodSpec>;

export type Api = typeof api;
export type MethodName = keyof Api;
/** What a caller passes (defaults may be left out). */
export type MethodInput<M extends MethodName> = z.input<Api[M]['input']>;
/** What a handler receives, after validation and defaults. */
export type MethodParsedInput<M extends MethodName> = z.output<Api[M]['input']>;
export type MethodOutput<M extends MethodName> = NonNullable<Api[M]['types']>['output'];

export const METHOD_NAMES = Object.keys(api) as MethodName[];

/** The methods that give a caller a session, and those that end it (the hosts act on both). */
export const SIGN_IN_METHODS: ReadonlySet<string> = new Set<MethodName>([
  'logIn',
  'setUpVault',
  'recoverWithRecoveryKey',
]);
export const SESSION_ENDING_METHODS: ReadonlySet<string> = new Set<MethodName>(['lock', 'logOut']);

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(api, name);
}
