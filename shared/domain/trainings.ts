import { z } from 'zod';
import { addMonths } from './civil-dates';
import { civilDate, duplicateNameConfirmation, id, optionalText, requiredText } from './fields';

const trainingShape = {
  name: requiredText(120),
  description: optionalText(1000),
  /** Months a completion stays valid; null: it never expires. */
  validityMonths: z.number().int().min(1).max(240).nullable().default(null),
  isRequiredForLead: z.boolean().default(false),
  isRequiredForCo: z.boolean().default(false),
};

export const trainingInputSchema = z.strictObject({
  ...trainingShape,
  ...duplicateNameConfirmation,
});
export const updateTrainingInputSchema = z.strictObject({
  id,
  ...trainingShape,
  ...duplicateNameConfirmation,
});
export type TrainingFields = z.output<z.ZodObject<typeof trainingShape>>;

export interface Training extends TrainingFields {
  id: number;
  /** A retired training is kept for history but no longer offered or required. */
  isRetired: boolean;
  completionCount: number;
  createdAt: string;
  updatedAt: string;
}

export const recordCompletionInputSchema = z.strictObject({
  volunteerId: id,
  trainingId: id,
  completedOn: civilDate,
});

export interface TrainingCompletion {
  id: number;
  volunteerId: number;
  trainingId: number;
  trainingName: string;
  completedOn: string;
  /** Computed from the training's validity, so changing the validity moves every expiry. */
  expiresOn: string | null;
}

export function completionExpiry(
  completedOn: string,
  validityMonths: number | null,
): string | null {
  return validityMonths === null ? null : addMonths(completedOn, validityMonths);
}
