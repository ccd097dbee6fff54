// The whole API, declared once. Handlers implement it, the renderer calls it, the
// authorization test iterates over it: nothing else lists the methods again.
import { z } from 'zod';
import type { Dashboard } from '../domain/dashboard';
import {
  listAuditLogInputSchema,
  type AuditLogPage,
  type AuditVerification,
} from '../domain/audit';
import {
  assignFacilitatorInputSchema,
  changeFacilitatorRoleInputSchema,
  groupFacilitatorsInputSchema,
  removeFacilitatorInputSchema,
  type AssignmentResult,
  type GroupFacilitatorRow,
} from '../domain/facilitators';
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
  enableUserInputSchema,
  resetUserPasswordInputSchema,
  updateUserInputSchema,
} from '../domain/users';
import {
  confirmRecoveryKeyInputSchema,
  replaceRecoveryKeyInputSchema,
  type NewRecoveryKey,
  type RecoveryKeyStatus,
} from '../domain/recovery-key';
import {
  recordCompletionInputSchema,
  trainingInputSchema,
  updateTrainingInputSchema,
  type Training,
} from '../domain/trainings';
import {
  eraseVolunteerInputSchema,
  listVolunteersInputSchema,
  updateVolunteerInputSchema,
  volunteerInputSchema,
  type Volunteer,
  type VolunteerPage,
} from '../domain/volunteers';
import type { PublicPrinting } from '../domain/public-snapshot';
import { exportPublicFeedInputSchema, type PublicFeed } from '../feeds/export';
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
import { importApi } from './contract-import';
import { exportApi } from './contract-export';
import { printApi } from './contract-print';
import { sessionsApi } from './contract-sessions';
import { method, type MethodSpec } from './method';
import { ADMIN_ONLY, ANY_ROLE, STAFF } from './roles';

export const api = {
  getVaultStatus: method<VaultStatus>()({ input: noInput, access: 'public', scope: 'all' }),
  setUpVault: method<SetUpResult>()({
    input: setUpVaultInputSchema,
    access: 'public',
    scope: 'all',
  }),
  logIn: method<SessionUser>()({ input: logInInputSchema, access: 'public', scope: 'all' }),
  recoverWithRecoveryKey: method<SessionUser>()({
    input: recoverInputSchema,
    access: 'public',
    scope: 'all',
  }),
  lock: method<null>()({ input: noInput, access: ANY_ROLE, scope: 'all' }),
  logOut: method<null>()({ input: noInput, access: ANY_ROLE, scope: 'all' }),
  changePassword: method<null>()({
    input: changePasswordInputSchema,
    access: ANY_ROLE,
    scope: 'all',
  }),
  getRecoveryKeyStatus: method<RecoveryKeyStatus>()({
    input: noInput,
    access: ADMIN_ONLY,
    scope: 'all',
  }),
  replaceRecoveryKey: method<NewRecoveryKey>()({
    input: replaceRecoveryKeyInputSchema,
    access: ADMIN_ONLY,
    scope: 'all',
  }),
  confirmRecoveryKey: method<null>()({
    input: confirmRecoveryKeyInputSchema,
    access: ADMIN_ONLY,
    scope: 'all',
  }),

  listUsers: method<UserAccount[]>()({ input: noInput, access: ADMIN_ONLY, scope: 'all' }),
  createUser: method<UserAccount>()({
    input: createUserInputSchema,
    access: ADMIN_ONLY,
    scope: 'all',
  }),
  updateUser: method<UserAccount>()({
    input: updateUserInputSchema,
    access: ADMIN_ONLY,
    scope: 'all',
  }),
  disableUser: method<UserAccount>()({ input: idInput, access: ADMIN_ONLY, scope: 'all' }),
  enableUser: method<UserAccount>()({
    input: enableUserInputSchema,
    access: ADMIN_ONLY,
    scope: 'all',
  }),
  resetUserPassword: method<null>()({
    input: resetUserPasswordInputSchema,
    access: ADMIN_ONLY,
    scope: 'all',
  }),

  listAuditLog: method<AuditLogPage>()({
    input: listAuditLogInputSchema,
    access: ADMIN_ONLY,
    scope: 'all',
  }),
  verifyAuditLog: method<AuditVerification>()({ input: noInput, access: ADMIN_ONLY, scope: 'all' }),

  getOrganisation: method<Organisation>()({ input: noInput, access: ANY_ROLE, scope: 'all' }),
  updateOrganisation: method<Organisation>()({
    input: organisationInputSchema,
    access: STAFF,
    scope: 'all',
  }),
  getSettings: method<Settings>()({ input: noInput, access: ANY_ROLE, scope: 'all' }),
  updateSettings: method<Settings>()({
    input: settingsInputSchema,
    access: ADMIN_ONLY,
    scope: 'all',
  }),

  getDashboard: method<Dashboard>()({ input: noInput, access: ANY_ROLE, scope: 'all' }),

  listGroups: method<GroupSummary[]>()({
    input: listGroupsInputSchema,
    access: ANY_ROLE,
    scope: { kind: 'ownGroups', groupIdInRows: 'id' },
  }),
  getGroup: method<Group>()({
    input: idInput,
    access: ANY_ROLE,
    scope: { kind: 'ownGroups', groupIdInput: 'id' },
  }),
  createGroup: method<Group>()({ input: groupInputSchema, access: STAFF, scope: 'all' }),
  updateGroup: method<Group>()({ input: updateGroupInputSchema, access: STAFF, scope: 'all' }),
  archiveGroup: method<Group>()({ input: idInput, access: STAFF, scope: 'all' }),
  unarchiveGroup: method<Group>()({ input: idInput, access: STAFF, scope: 'all' }),

  listGroupFacilitators: method<GroupFacilitatorRow[]>()({
    input: groupFacilitatorsInputSchema,
    access: ANY_ROLE,
    scope: { kind: 'ownGroups', groupIdInput: 'groupId', visibleFields: ['displayName', 'phone'] },
  }),
  assignFacilitator: method<AssignmentResult>()({
    input: assignFacilitatorInputSchema,
    access: STAFF,
    scope: 'all',
  }),
  changeFacilitatorRole: method<AssignmentResult>()({
    input: changeFacilitatorRoleInputSchema,
    access: STAFF,
    scope: 'all',
  }),
  removeFacilitator: method<null>()({
    input: removeFacilitatorInputSchema,
    access: STAFF,
    scope: 'all',
  }),

  listLocations: method<Location[]>()({ input: noInput, access: ANY_ROLE, scope: 'all' }),
  createLocation: method<Location>()({ input: locationInputSchema, access: STAFF, scope: 'all' }),
  updateLocation: method<Location>()({
    input: updateLocationInputSchema,
    access: STAFF,
    scope: 'all',
  }),
  deleteLocation: method<null>()({ input: idInput, access: STAFF, scope: 'all' }),

  listVolunteers: method<VolunteerPage>()({
    input: listVolunteersInputSchema,
    access: STAFF,
    scope: 'all',
  }),
  getVolunteer: method<Volunteer>()({ input: idInput, access: STAFF, scope: 'all' }),
  createVolunteer: method<Volunteer>()({
    input: volunteerInputSchema,
    access: STAFF,
    scope: 'all',
  }),
  updateVolunteer: method<Volunteer>()({
    input: updateVolunteerInputSchema,
    access: STAFF,
    scope: 'all',
  }),
  deactivateVolunteer: method<Volunteer>()({ input: idInput, access: STAFF, scope: 'all' }),
  reactivateVolunteer: method<Volunteer>()({ input: idInput, access: STAFF, scope: 'all' }),
  eraseVolunteer: method<Volunteer>()({
    input: eraseVolunteerInputSchema,
    access: ADMIN_ONLY,
    scope: 'all',
  }),

  listTrainings: method<Training[]>()({ input: noInput, access: STAFF, scope: 'all' }),
  createTraining: method<Training>()({ input: trainingInputSchema, access: STAFF, scope: 'all' }),
  updateTraining: method<Training>()({
    input: updateTrainingInputSchema,
    access: STAFF,
    scope: 'all',
  }),
  retireTraining: method<Training>()({ input: idInput, access: STAFF, scope: 'all' }),
  restoreTraining: method<Training>()({ input: idInput, access: STAFF, scope: 'all' }),
  recordTrainingCompletion: method<Volunteer>()({
    input: recordCompletionInputSchema,
    access: STAFF,
    scope: 'all',
  }),
  removeTrainingCompletion: method<Volunteer>()({ input: idInput, access: STAFF, scope: 'all' }),
  // No session: the print station reads the public snapshot file, never the database.
  getPublicSnapshot: method<PublicPrinting>()({ input: noInput, access: 'public', scope: 'all' }),
  /** The iCalendar file or Meeting Guide feed of the public groups, from the same file. */
  exportPublicFeed: method<PublicFeed>()({
    input: exportPublicFeedInputSchema,
    access: 'public',
    scope: 'all',
  }),

  // Backup and restore (DESIGN §6, docs/BACKUP-FORMAT.md). The core runs calls one at a time, so
  // a backup holds the queue while it runs. Progress therefore never enters the queue: the core
  // worker posts each progress step to its host, which keeps the latest and answers
  // `getBackupProgress` itself (main/core/client.ts); an in-process Core answers it ahead of the
  // queue. It is public because it tells only a phase and byte counts, never a name or a path,
  // and a host answering it cannot ask the core who is signed in.
  createBackup: method<BackupResult>()({
    input: createBackupInputSchema,
    access: STAFF,
    scope: 'all',
  }),
  getBackupProgress: method<BackupProgress | null>()({
    input: noInput,
    access: 'public',
    scope: 'all',
  }),
  getBackupStatus: method<BackupStatus>()({ input: noInput, access: STAFF, scope: 'all' }),
  updateBackupSettings: method<BackupStatus>()({
    input: backupSettingsInputSchema,
    access: ADMIN_ONLY,
    scope: 'all',
  }),
  listBackupTargets: method<BackupTarget[]>()({ input: noInput, access: STAFF, scope: 'all' }),
  listFolder: method<FolderListing>()({
    input: listFolderInputSchema,
    access: STAFF,
    scope: 'all',
  }),
  openBackup: method<BackupPreview>()({
    input: openBackupInputSchema,
    access: ADMIN_ONLY,
    scope: 'all',
  }),
  /**
   * On success the core locks (as an idle lock does): the restored data has its own accounts, so
   * everyone signs in again; the hosts drop the session at the next call, which answers LOCKED.
   * A refused restore (wrong password, damaged file) leaves the session as it was.
   */
  restoreBackup: method<BackupPreview>()({
    input: openBackupInputSchema,
    access: ADMIN_ONLY,
    scope: 'all',
  }),
  /** Only while the folder is new (first run on a new PC); ALREADY_SET_UP otherwise. */
  previewBackupOnNewComputer: method<BackupPreview>()({
    input: openBackupInputSchema,
    access: 'public',
    scope: 'all',
  }),
  restoreBackupOnNewComputer: method<BackupPreview>()({
    input: openBackupInputSchema,
    access: 'public',
    scope: 'all',
  }),
  listSafetyCopies: method<SafetyCopy[]>()({ input: noInput, access: ADMIN_ONLY, scope: 'all' }),
  /** Restores data kept aside by an earlier restore; the data replaced is kept aside in turn. */
  restoreSafetyCopy: method<null>()({
    input: restoreSafetyCopyInputSchema,
    access: ADMIN_ONLY,
    scope: 'all',
  }),
  ...sessionsApi,
  ...printApi,
  ...importApi,
  ...exportApi,
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
