// What the volunteer form holds (text, mostly) <-> the API's volunteer input.
import type { Path } from 'react-hook-form';
import type { FieldError } from '../../shared/api/errors';
import {
  volunteerInputSchema,
  type BackgroundCheckStatus,
  type Volunteer,
  type VolunteerInput,
  type VolunteerStatus,
} from '../../shared/domain/volunteers';
import { toFieldErrors } from '../../shared/validation';
import { toLanguageCodes } from '../groups/group-form-values';

const TEXT_FIELDS = [
  'firstName',
  'lastName',
  'preferredName',
  'pronouns',
  'phone',
  'email',
  'emergencyContactName',
  'emergencyContactPhone',
  'emergencyContactRelationship',
  'notes',
] as const;

type TextField = (typeof TEXT_FIELDS)[number];

/** One weekly slot as the editor holds it: the weekday ("1" = Monday … "7") and two times. */
export interface AvailabilitySlotValues {
  day: string;
  from: string;
  to: string;
}

export interface VolunteerFormValues extends Record<TextField, string> {
  /** Language codes, "en, es", as the shared languages field keeps them. */
  languages: string;
  skills: string[];
  /** A skill typed but not yet added: saved with the rest, so nothing typed is lost. */
  newSkill: string;
  status: VolunteerStatus;
  startDate: string;
  backgroundCheckStatus: BackgroundCheckStatus;
  backgroundCheckDate: string;
  backgroundCheckExpiresOn: string;
  availability: AvailabilitySlotValues[];
}

/** The most weekly slots the core keeps; the editor stops offering "Add" there. */
export const MAX_AVAILABILITY_SLOTS = 21;

/**
 * The slot "Add a time" adds: the day after the last slot at the same times, so Monday to Friday
 * 9–12 takes a few presses; the very first one is a Monday morning.
 */
export function nextAvailabilitySlot(
  slots: readonly AvailabilitySlotValues[],
): AvailabilitySlotValues {
  const last = slots.at(-1);
  if (!last) return { day: '1', from: '09:00', to: '12:00' };
  return { day: String((Number(last.day) % 7) + 1), from: last.from, to: last.to };
}

const noText = () =>
  Object.fromEntries(TEXT_FIELDS.map((field) => [field, ''])) as Record<TextField, string>;

/** A new volunteer is an applicant whose check has not started: the usual first entry. */
export function emptyVolunteerValues(): VolunteerFormValues {
  return {
    ...noText(),
    languages: '',
    skills: [],
    newSkill: '',
    status: 'applicant',
    startDate: '',
    backgroundCheckStatus: 'not_started',
    backgroundCheckDate: '',
    backgroundCheckExpiresOn: '',
    availability: [],
  };
}

export function volunteerToValues(volunteer: Volunteer): VolunteerFormValues {
  return {
    ...(Object.fromEntries(TEXT_FIELDS.map((field) => [field, volunteer[field]])) as Record<
      TextField,
      string
    >),
    languages: volunteer.languages.join(', '),
    skills: [...volunteer.skills],
    newSkill: '',
    status: volunteer.status,
    startDate: volunteer.startDate ?? '',
    backgroundCheckStatus: volunteer.backgroundCheckStatus,
    backgroundCheckDate: volunteer.backgroundCheckDate ?? '',
    backgroundCheckExpiresOn: volunteer.backgroundCheckExpiresOn ?? '',
    availability: volunteer.availability.map((slot) => ({
      day: String(slot.day),
      from: slot.from,
      to: slot.to,
    })),
  };
}

const sameSkill = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The skills list with `skill` added at the end, unless it is blank or already there. */
export function withSkill(skills: readonly string[], skill: string): string[] {
  const trimmed = skill.trim();
  if (trimmed === '' || skills.some((known) => sameSkill(known, trimmed))) return [...skills];
  return [...skills, trimmed];
}

/** Why the list cannot take one more skill (too long, too many), by the core's own rules. */
export function skillsProblem(skills: readonly string[]): FieldError | undefined {
  const parsed = volunteerInputSchema.shape.skills.safeParse(skills);
  return parsed.success ? undefined : toFieldErrors(parsed.error)[0];
}

const dateOrNull = (text: string) => (text === '' ? null : text);

export function valuesToVolunteerInput(values: VolunteerFormValues): VolunteerInput {
  return {
    ...(Object.fromEntries(TEXT_FIELDS.map((field) => [field, values[field]])) as Record<
      TextField,
      string
    >),
    email: values.email.trim(),
    languages: toLanguageCodes(values.languages),
    skills: withSkill(values.skills, values.newSkill),
    status: values.status,
    startDate: dateOrNull(values.startDate),
    backgroundCheckStatus: values.backgroundCheckStatus,
    backgroundCheckDate: dateOrNull(values.backgroundCheckDate),
    backgroundCheckExpiresOn: dateOrNull(values.backgroundCheckExpiresOn),
    availability: values.availability.map((slot) => ({
      day: Number(slot.day),
      from: slot.from,
      to: slot.to,
    })),
  };
}

/**
 * Which form field shows an error about an input path: a slot's own box
 * ("availability.2.to"), the languages list as a whole ("languages.1"), and anything about
 * skills under the box where skills are typed.
 */
export function volunteerFieldFor(path: string): string {
  if (/^availability\.\d+\.(day|from|to)$/.test(path)) return path;
  const field = path.split('.')[0] ?? path;
  return field === 'skills' ? 'newSkill' : field;
}

/** A slot time left empty says "required", not "Enter a time as HH:MM". */
export function volunteerExtraErrors(values: VolunteerFormValues): FieldError[] {
  return values.availability.flatMap((slot, index) =>
    (['from', 'to'] as const)
      .filter((part) => slot[part] === '')
      .map((part) => ({
        path: `availability.${index}.${part}`,
        messageKey: 'validation.required',
      })),
  );
}

/** The field whose error depends on `source`: a check's expiry on its date, a slot's end on its start. */
export function volunteerDependentField(source: string): Path<VolunteerFormValues> | undefined {
  if (source === 'backgroundCheckDate') return 'backgroundCheckExpiresOn';
  const slot = /^availability\.(\d+)\.from$/.exec(source);
  return slot ? `availability.${Number(slot[1])}.to` : undefined;
}
