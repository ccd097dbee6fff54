import { z } from 'zod';
import { foldForSearch } from '../text/fold';
import type { VolunteerReadiness } from './readiness';
import { READINESS_STATES } from './readiness';
import type { TrainingCompletion } from './trainings';
import {
  civilDate,
  id,
  optionalEmail,
  optionalPhone,
  optionalText,
  requiredText,
  spokenLanguages,
  wallTime,
  whenFieldsValid,
} from './fields';

export const VOLUNTEER_STATUSES = ['applicant', 'active', 'inactive'] as const;
export type VolunteerStatus = (typeof VOLUNTEER_STATUSES)[number];

export const BACKGROUND_CHECK_STATUSES = [
  'not_started',
  'pending',
  'cleared',
  'not_cleared',
] as const;
export type BackgroundCheckStatus = (typeof BACKGROUND_CHECK_STATUSES)[number];

/** ISO weekdays, Monday = 1 … Sunday = 7. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export const availabilitySlotSchema = z
  .strictObject({
    day: z.number().int().min(1).max(7),
    from: wallTime,
    to: wallTime,
  })
  .refine((slot) => slot.from < slot.to, { path: ['to'], error: 'validation.endBeforeStartTime' });
export type AvailabilitySlot = z.output<typeof availabilitySlotSchema>;

const volunteerShape = {
  firstName: requiredText(80),
  lastName: optionalText(80),
  preferredName: optionalText(80),
  pronouns: optionalText(40),
  phone: optionalPhone,
  email: optionalEmail,
  languages: spokenLanguages,
  skills: z.array(requiredText(60)).max(20).default([]),
  status: z.enum(VOLUNTEER_STATUSES).default('applicant'),
  startDate: civilDate.nullable().default(null),
  emergencyContactName: optionalText(120),
  emergencyContactPhone: optionalPhone,
  emergencyContactRelationship: optionalText(60),
  backgroundCheckStatus: z.enum(BACKGROUND_CHECK_STATUSES).default('not_started'),
  backgroundCheckDate: civilDate.nullable().default(null),
  backgroundCheckExpiresOn: civilDate.nullable().default(null),
  availability: z.array(availabilitySlotSchema).max(21).default([]),
  notes: optionalText(5000),
};

type VolunteerShapeOutput = z.output<z.ZodObject<typeof volunteerShape>>;
/** What is stored about a volunteer. */
export type VolunteerFields = VolunteerShapeOutput;

/** The personal fields "erase personal data" empties: everything that identifies someone. */
export const PERSONAL_VOLUNTEER_FIELDS = [
  'firstName',
  'lastName',
  'preferredName',
  'pronouns',
  'phone',
  'email',
  'languages',
  'skills',
  'startDate',
  'emergencyContactName',
  'emergencyContactPhone',
  'emergencyContactRelationship',
  'backgroundCheckDate',
  'backgroundCheckExpiresOn',
  'availability',
  'notes',
] as const satisfies readonly (keyof VolunteerFields)[];

function withVolunteerRules<T extends z.ZodType<VolunteerShapeOutput>>(schema: T): T {
  return schema.refine(
    (v) =>
      v.backgroundCheckDate === null ||
      v.backgroundCheckExpiresOn === null ||
      v.backgroundCheckExpiresOn >= v.backgroundCheckDate,
    {
      path: ['backgroundCheckExpiresOn'],
      error: 'validation.expiryBeforeCheck',
      when: whenFieldsValid<VolunteerShapeOutput>([
        'backgroundCheckDate',
        'backgroundCheckExpiresOn',
      ]),
    },
  ) as T;
}

export const volunteerInputSchema = withVolunteerRules(z.strictObject(volunteerShape));
export type VolunteerInput = z.input<typeof volunteerInputSchema>;
export const updateVolunteerInputSchema = withVolunteerRules(
  z.strictObject({ id, ...volunteerShape }),
);

export const VOLUNTEER_SORTS = ['name', 'status', 'startDate', 'readiness'] as const;
export const BACKGROUND_CHECK_FILTERS = [...BACKGROUND_CHECK_STATUSES, 'expired'] as const;

export const listVolunteersInputSchema = z
  .strictObject({
    search: z.string().trim().max(120).default(''),
    status: z.enum(VOLUNTEER_STATUSES).nullable().default(null),
    language: z.string().max(20).nullable().default(null),
    readiness: z.enum(READINESS_STATES).nullable().default(null),
    backgroundCheck: z.enum(BACKGROUND_CHECK_FILTERS).nullable().default(null),
    sort: z.enum(VOLUNTEER_SORTS).default('name'),
    direction: z.enum(['asc', 'desc']).default('asc'),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .default({
    search: '',
    status: null,
    language: null,
    readiness: null,
    backgroundCheck: null,
    sort: 'name',
    direction: 'asc',
    offset: 0,
    limit: 50,
  });
export type ListVolunteersInput = z.input<typeof listVolunteersInputSchema>;
export type ListVolunteersQuery = z.output<typeof listVolunteersInputSchema>;

/** The list's filters and order without its page: an export takes every match. */
export const exportVolunteersInputSchema = listVolunteersInputSchema
  .unwrap()
  .omit({ offset: true, limit: true });
export type ExportVolunteersInput = z.input<typeof exportVolunteersInputSchema>;

export interface Volunteer extends VolunteerFields {
  id: number;
  /** The name to show: preferred name if given, else first and last name. */
  displayName: string;
  isErased: boolean;
  erasedAt: string | null;
  readiness: VolunteerReadiness;
  completions: TrainingCompletion[];
  createdAt: string;
  updatedAt: string;
}

export type VolunteerSummary = Pick<
  Volunteer,
  | 'id'
  | 'displayName'
  | 'firstName'
  | 'lastName'
  | 'pronouns'
  | 'phone'
  | 'email'
  | 'languages'
  | 'status'
  | 'startDate'
  | 'backgroundCheckStatus'
  | 'backgroundCheckExpiresOn'
  | 'readiness'
  | 'isErased'
>;

export interface VolunteerPage {
  /** How many match the filters in all (the page holds at most `limit` of them). */
  total: number;
  rows: VolunteerSummary[];
}

export const eraseVolunteerInputSchema = z.strictObject({
  id,
  /** The admin types the volunteer's name, so an erase is never one mis-click away. */
  confirmName: z.string().max(200),
});

export function volunteerDisplayName(v: {
  firstName: string;
  lastName: string;
  preferredName: string;
}): string {
  const given = v.preferredName || v.firstName;
  return v.lastName ? `${given} ${v.lastName}` : given;
}

/**
 * Whether what the admin typed names this volunteer: the name shown on their page, or first and
 * last name; case, accents and surrounding spaces do not matter. The erase dialog enables its
 * button and the core accepts the erase by this one test.
 */
export function confirmsErasure(
  typed: string,
  v: { displayName: string; firstName: string; lastName: string },
): boolean {
  const folded = foldForSearch(typed.trim());
  if (folded === '') return false;
  const names = [v.displayName, `${v.firstName} ${v.lastName}`.trim()];
  return names.some((name) => foldForSearch(name) === folded);
}
