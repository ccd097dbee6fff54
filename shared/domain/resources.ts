// Referral and crisis contacts (DESIGN §3 "resource"): printed on the resource sheet, in every
// facilitator session plan, and public at the print station.
import { z } from 'zod';
import {
  duplicateNameConfirmation,
  id,
  optionalPhone,
  optionalText,
  optionalUrl,
  requiredText,
  whenFieldsValid,
} from './fields';

const resourceShape = {
  name: requiredText(120),
  /** What it is for, in a line: "Someone to talk to, day or night". */
  purpose: optionalText(300),
  phone: optionalPhone,
  hours: optionalText(120),
  address: optionalText(300),
  /** http(s) only: a printed `javascript:` or `file:` address helps nobody. */
  website: optionalUrl,
  /** Printed first, in a box of its own: where to turn when someone is in danger now. */
  isCrisisLine: z.boolean().default(false),
};
type ResourceShapeOutput = z.output<z.ZodObject<typeof resourceShape>>;

/** The stored fields alone: what the public snapshot picks from. */
export const resourceFieldsSchema = z.strictObject(resourceShape);
export type ResourceFields = ResourceShapeOutput;

function withResourceRules<T extends z.ZodType<ResourceShapeOutput>>(schema: T): T {
  // A crisis line is printed to be called: without a number it is no use to anyone in danger.
  return schema.refine((r) => !r.isCrisisLine || r.phone !== '', {
    path: ['phone'],
    error: 'validation.crisisLineNeedsPhone',
    when: whenFieldsValid<ResourceShapeOutput>(['isCrisisLine', 'phone']),
  }) as T;
}

export const resourceInputSchema = withResourceRules(
  z.strictObject({ ...resourceShape, ...duplicateNameConfirmation }),
);
export type ResourceInput = z.input<typeof resourceInputSchema>;

export const updateResourceInputSchema = withResourceRules(
  z.strictObject({ id, ...resourceShape, ...duplicateNameConfirmation }),
);

export interface Resource extends ResourceFields {
  id: number;
  createdAt: string;
  updatedAt: string;
}

/** A resource taken off the sheet: kept, and listed so it can be restored. */
export interface RemovedResource extends Resource {
  removedAt: string;
}
