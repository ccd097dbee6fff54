import { z } from 'zod';
import {
  language,
  optionalEmail,
  optionalPhone,
  optionalText,
  requiredText,
  timeZone,
} from './fields';
import { dateRegion } from './region';
import { SESSION_HORIZON_WEEKS } from './sessions';

export const PAPER_SIZES = ['A4', 'Letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

export const organisationInputSchema = z.strictObject({
  name: requiredText(120),
  address: optionalText(300),
  phone: optionalPhone,
  email: optionalEmail,
  timeZone,
  defaultLanguage: language,
  paperSize: z.enum(PAPER_SIZES).default('A4'),
  dateRegion,
});
export type OrganisationInput = z.input<typeof organisationInputSchema>;
export type Organisation = z.output<typeof organisationInputSchema>;

export const IDLE_LOCK_MINUTES = { min: 1, max: 240, default: 10 } as const;

export const settingsSchema = z.strictObject({
  idleLockMinutes: z.number().int().min(IDLE_LOCK_MINUTES.min).max(IDLE_LOCK_MINUTES.max),
  /** Whether reception's print station may show the public snapshot (DESIGN §4). On by default. */
  isPublicPrintingOn: z.boolean(),
  /** How many weeks ahead sessions exist (the rolling horizon). */
  sessionHorizonWeeks: z
    .number()
    .int()
    .min(SESSION_HORIZON_WEEKS.min)
    .max(SESSION_HORIZON_WEEKS.max),
});
export type Settings = z.output<typeof settingsSchema>;
/** Each settings form saves its own part: an update names only the settings it changes. */
export const settingsInputSchema = settingsSchema.partial();
