import { z } from 'zod';
import { anyPassword, recoveryKeyText } from './vault';

/** Making a new recovery key asks for the admin's password again: the old key stops working. */
export const replaceRecoveryKeyInputSchema = z.strictObject({ currentPassword: anyPassword });

/** The admin types the whole key back from paper: proof that the copy is complete and right. */
export const confirmRecoveryKeyInputSchema = z.strictObject({ recoveryKey: recoveryKeyText });

export interface RecoveryKeyStatus {
  /** Whether the current recovery key has been typed back correctly since it was made. */
  isConfirmed: boolean;
}

export interface NewRecoveryKey {
  /** Shown once, to be printed and then confirmed. */
  recoveryKey: string;
}
