import { z } from 'zod';
import { ROLES, type Role } from '../api/roles';
import { isPasswordAcceptable, PASSWORD_MAX_LENGTH } from './password';
import { language, requiredText, timeZone } from './fields';

export const username = z
  .string()
  .trim()
  .toLowerCase()
  .min(3)
  .max(40)
  .regex(/^[a-z0-9._-]+$/, { error: 'validation.username' });

export const anyPassword = z.string().min(1).max(PASSWORD_MAX_LENGTH);

export const setUpVaultInputSchema = z
  .strictObject({
    organisationName: requiredText(120),
    timeZone,
    language,
    admin: z.strictObject({
      username,
      displayName: requiredText(80),
      password: anyPassword,
    }),
  })
  .refine((v) => isPasswordAcceptable(v.admin.password, v.admin.username), {
    path: ['admin', 'password'],
    error: 'validation.weakPassword',
  });
export type SetUpVaultInput = z.input<typeof setUpVaultInputSchema>;

export const logInInputSchema = z.strictObject({ username, password: anyPassword });

/** Recovery keys are typed by hand from paper: case, spaces and dashes are forgiven. */
export const recoveryKeyText = z.string().trim().min(20).max(120);

export const recoverInputSchema = z
  .strictObject({ recoveryKey: recoveryKeyText, username, newPassword: anyPassword })
  .refine((v) => isPasswordAcceptable(v.newPassword, v.username), {
    path: ['newPassword'],
    error: 'validation.weakPassword',
  });

export const changePasswordInputSchema = z.strictObject({
  currentPassword: anyPassword,
  newPassword: anyPassword,
});

export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
}

/**
 * `new`: no database yet, setup may run. `ready`: a database and its key file. `keyFileProblem`:
 * a database whose key file is missing or damaged; setup refuses to run over it.
 */
export type VaultState = 'new' | 'ready' | 'keyFileProblem';

export interface VaultStatus {
  state: VaultState;
  isUnlocked: boolean;
  /** Who is signed in. Nothing here names anyone while locked: the status is public. */
  user: SessionUser | null;
  idleLockMinutes: number | null;
  /** Present (true) only while signed in to a database whose check at unlock found damage. */
  isDatabaseDamaged?: true;
  /**
   * Present (true) only while locked, when the next unlock first updates the data to this
   * version (a first sign-in after an upgrade): that can take a minute at a large centre.
   */
  isUpdateDue?: true;
}

export interface SetUpResult {
  user: SessionUser;
  /** Shown once, to be printed and kept safe: it opens the data if every password is lost. */
  recoveryKey: string;
}

export const createUserInputSchema = z
  .strictObject({
    username,
    displayName: requiredText(80),
    role: z.enum(ROLES),
    password: anyPassword,
  })
  .refine((v) => isPasswordAcceptable(v.password, v.username), {
    path: ['password'],
    error: 'validation.weakPassword',
  });

export interface UserAccount extends SessionUser {
  isDisabled: boolean;
  /** The volunteer a facilitator account stands for, if any. */
  volunteerId: number | null;
  /** That volunteer's name; null without a link, or once their personal data is erased. */
  volunteerName: string | null;
}
