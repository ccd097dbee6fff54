import { z } from 'zod';
import { ROLES } from '../api/roles';
import { id, requiredText } from './fields';
import { anyPassword } from './vault';

/** Role, display name and the volunteer a facilitator account stands for; the username stays. */
export const updateUserInputSchema = z.strictObject({
  id,
  displayName: requiredText(80),
  role: z.enum(ROLES),
  volunteerId: id.nullable().default(null),
});

/**
 * A disabled account has no key slot any more, so coming back needs a password to wrap the key
 * for; the rules are checked in the core, which knows the username.
 */
export const enableUserInputSchema = z.strictObject({ id, password: anyPassword });

/** An admin sets a new password for someone who forgot theirs; the old one stops at once. */
export const resetUserPasswordInputSchema = z.strictObject({ id, newPassword: anyPassword });
