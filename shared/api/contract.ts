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
  updateUser: method<UserAccount>()({ input: updateUserInputSchema, access: ADMIN_ONLY }),
  disableUser: method<UserAccount>()({ input: idInput, access: ADMIN_ONLY }),
  enableUser: method<UserAccount>()({ input: enableUserInputSchema, access: ADMIN_ONLY }),
  resetUserPassword: method<null>()({ input: resetUserPasswordInputSchema, access: ADMIN_ONLY }),

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

  listVolunteers: method<VolunteerPage>()({ input: listVolunteersInputSchema, access: STAFF }),
  getVolunteer: method<Volunteer>()({ input: idInput, access: STAFF }),
  createVolunteer: method<Volunteer>()({ input: volunteerInputSchema, access: STAFF }),
  updateVolunteer: method<Volunteer>()({ input: updateVolunteerInputSchema, access: STAFF }),
  deactivateVolunteer: method<Volunteer>()({ input: idInput, access: STAFF }),
  reactivateVolunteer: method<Volunteer>()({ input: idInput, access: STAFF }),
  eraseVolunteer: method<Volunteer>()({ input: eraseVolunteerInputSchema, access: ADMIN_ONLY }),

  listTrainings: method<Training[]>()({ input: noInput, access: STAFF }),
  createTraining: method<Training>()({ input: trainingInputSchema, access: STAFF }),
  updateTraining: method<Training>()({ input: updateTrainingInputSchema, access: STAFF }),
  retireTraining: method<Training>()({ input: idInput, access: STAFF }),
  restoreTraining: method<Training>()({ input: idInput, access: STAFF }),
  recordTrainingCompletion: method<Volunteer>()({
    input: recordCompletionInputSchema,
    access: STAFF,
  }),
  removeTrainingCompletion: method<Volunteer>()({ input: idInput, access: STAFF }),
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
