// Referral and crisis contacts (DESIGN §3 "resource"): printed on the resource sheet, in every
// facilitator session plan, and public at the print station. Issue 11 fills this file in.
import { z } from 'zod';
import { optionalText, optionalUrl, requiredText, id } from './fields';

export const resourceFieldsSchema = z.strictObject({
  name: requiredText(120),
  /** What it is for, in a line: "Someone to talk to, day or night". */
  purpose: optionalText(300),
  phone: optionalText(60),
  hours: optionalText(120),
  address: optionalText(300),
  website: optionalUrl,
  isCrisisLine: z.boolean().default(false),
});
export type ResourceFields = z.output<typeof resourceFieldsSchema>;

export interface Resource extends ResourceFields {
  id: number;
}

export const updateResourceInputSchema = resourceFieldsSchema.extend({ id });
