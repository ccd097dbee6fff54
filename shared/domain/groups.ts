import { z } from 'zod';
import { formatRrule, parseRrule } from '../schedule/rrule';
import {
  civilDate,
  duplicateNameConfirmation,
  id,
  optionalEmail,
  optionalPhone,
  optionalText,
  optionalUrl,
  requiredText,
  spokenLanguages,
  wallTime,
  whenFieldsValid,
} from './fields';

/** The longest a session may last: it also bounds how far back a clash can start. */
export const MAX_SESSION_MINUTES = 600;
/** How long a session lasts, in minutes: a group's usual length, or one session's. */
export const sessionDuration = z.number().int().min(15).max(MAX_SESSION_MINUTES);

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
  durationMinutes: sessionDuration,
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
  /** Whether the link and dial-in may be published (meeting list, calendar, feed); off: on request. */
  isOnlineLinkPublic: z.boolean().default(false),
  schedule: scheduleSchema,
  startDate: civilDate,
  endDate: civilDate.nullable().default(null),
  capacity: z.number().int().min(1).max(1000).nullable().default(null),
  isOpenToNewcomers: z.boolean().default(true),
  languages: spokenLanguages,
  accessibility: optionalText(1000),
  groundRules: optionalText(5000),
  /** Opening words, check-in question and closing words for the session plan; empty: the template. */
  facilitatorGuide: optionalText(5000),
  publicContactName: optionalText(120),
  publicContactPhone: optionalPhone,
  publicContactEmail: optionalEmail,
  status: z.enum(GROUP_STATUSES).default('active'),
  isListedPublicly: z.boolean().default(false),
  rosterMode: z.enum(ROSTER_MODES).default('anonymous'),
};

type GroupShapeOutput = z.output<z.ZodObject<typeof groupShape>>;

/** The stored fields alone, without the cross-field rules: for views that pick some of them. */
export const groupFieldsSchema = z.strictObject(groupShape);

const whenValid = (...fields: (keyof GroupShapeOutput)[]) => whenFieldsValid(fields);

function withGroupRules<T extends z.ZodType<GroupShapeOutput>>(schema: T): T {
  return schema
    .refine((g) => g.endDate === null || g.endDate >= g.startDate, {
      path: ['endDate'],
      error: 'validation.endBeforeStart',
      when: whenValid('startDate', 'endDate'),
    })
    .refine((g) => g.format === 'in_person' || g.onlineLink !== '' || g.dialIn !== '', {
      path: ['onlineLink'],
      error: 'validation.onlineNeedsLink',
      when: whenValid('format', 'onlineLink', 'dialIn'),
    })
    .refine((g) => g.format === 'online' || g.locationId !== null, {
      path: ['locationId'],
      error: 'validation.needsLocation',
      when: whenValid('format', 'locationId'),
    }) as T;
}

export const groupInputSchema = withGroupRules(
  z.strictObject({ ...groupShape, ...duplicateNameConfirmation }),
);
export type GroupInput = z.input<typeof groupInputSchema>;
/** What is stored about a group. */
export type GroupFields = GroupShapeOutput;

export const updateGroupInputSchema = withGroupRules(
  z.strictObject({ id, ...groupShape, ...duplicateNameConfirmation }),
);

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
