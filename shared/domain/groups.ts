import { z } from 'zod';
import { formatRrule, parseRrule } from '../schedule/rrule';
import {
  civilDate,
  id,
  optionalEmail,
  optionalPhone,
  optionalText,
  optionalUrl,
  requiredText,
  spokenLanguages,
  wallTime,
} from './fields';

export const GROUP_FOCUSES = [
  'addiction_recovery',
  'grief',
  'chronic_illness',
  'caregivers',
  'trauma',
  'mental_health',
  'parenting',
  'other',
] as const;
export type GroupFocus = (typeof GROUP_FOCUSES)[number];

export const GROUP_FORMATS = ['in_person', 'online', 'hybrid'] as const;
export type GroupFormat = (typeof GROUP_FORMATS)[number];

export const GROUP_STATUSES = ['active', 'paused', 'archived'] as const;
export type GroupStatus = (typeof GROUP_STATUSES)[number];

/** Anonymous headcounts by default (the AA tradition); a named roster needs consent per person. */
export const ROSTER_MODES = ['anonymous', 'named_with_consent'] as const;
export type RosterMode = (typeof ROSTER_MODES)[number];

export const scheduleSchema = z.strictObject({
  // Stored in one canonical spelling, so exports (iCalendar, Meeting Guide) write standard rules.
  rrule: z
    .string()
    .max(200)
    .refine((value) => parseRrule(value) !== null, { error: 'validation.rrule' })
    .transform((value) => formatRrule(parseRrule(value)!)),
  startTime: wallTime,
  durationMinutes: z.number().int().min(15).max(600),
});
export type Schedule = z.infer<typeof scheduleSchema>;

const groupShape = {
  name: requiredText(120),
  focus: z.enum(GROUP_FOCUSES),
  publicDescription: optionalText(2000),
  audience: optionalText(200),
  format: z.enum(GROUP_FORMATS),
  locationId: id.nullable().default(null),
  room: optionalText(100),
  onlineLink: optionalUrl,
  dialIn: optionalText(200),
  schedule: scheduleSchema,
  startDate: civilDate,
  endDate: civilDate.nullable().default(null),
  capacity: z.number().int().min(1).max(1000).nullable().default(null),
  isOpenToNewcomers: z.boolean().default(true),
  languages: spokenLanguages,
  accessibility: optionalText(1000),
  groundRules: optionalText(5000),
  publicContactName: optionalText(120),
  publicContactPhone: optionalPhone,
  publicContactEmail: optionalEmail,
  status: z.enum(GROUP_STATUSES).default('active'),
  isListedPublicly: z.boolean().default(false),
  rosterMode: z.enum(ROSTER_MODES).default('anonymous'),
};

type GroupShapeOutput = z.output<z.ZodObject<typeof groupShape>>;

function checkGroupRules(group: GroupShapeOutput, ctx: z.RefinementCtx): void {
  if (group.endDate !== null && group.endDate < group.startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'validation.endBeforeStart' });
  }
  if (group.format !== 'in_person' && group.onlineLink === '' && group.dialIn === '') {
    ctx.addIssue({ code: 'custom', path: ['onlineLink'], message: 'validation.onlineNeedsLink' });
  }
  if (group.format !== 'online' && group.locationId === null) {
    ctx.addIssue({ code: 'custom', path: ['locationId'], message: 'validation.needsLocation' });
  }
}

export const groupInputSchema = z.strictObject(groupShape).superRefine(checkGroupRules);
export type GroupInput = z.input<typeof groupInputSchema>;
export type GroupFields = z.output<typeof groupInputSchema>;

export const updateGroupInputSchema = z
  .strictObject({ id, ...groupShape })
  .superRefine(checkGroupRules);

export const listGroupsInputSchema = z
  .strictObject({
    search: z.string().trim().max(120).default(''),
    status: z.enum(GROUP_STATUSES).nullable().default(null),
    focus: z.enum(GROUP_FOCUSES).nullable().default(null),
    format: z.enum(GROUP_FORMATS).nullable().default(null),
  })
  .default({ search: '', status: null, focus: null, format: null });
export type ListGroupsInput = z.input<typeof listGroupsInputSchema>;

export interface Group extends GroupFields {
  id: number;
  locationName: string | null;
  createdAt: string;
  updatedAt: string;
}

export type GroupSummary = Pick<
  Group,
  | 'id'
  | 'name'
  | 'focus'
  | 'format'
  | 'status'
  | 'schedule'
  | 'locationName'
  | 'isOpenToNewcomers'
  | 'isListedPublicly'
>;
