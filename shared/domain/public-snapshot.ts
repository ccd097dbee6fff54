// The print station at reception (DESIGN §4) needs no password and holds no key: it reads one
// file the core writes whenever public data changes. This is the one place that decides, field
// by field, what that file may hold. A field added to groups, locations, resources or the
// organisation fails the build here until someone decides whether the public may read it.
import { z } from 'zod';
import { civilDate, wallTime } from './fields';
import { groupFieldsSchema, type GroupFields } from './groups';
import { locationFieldsSchema, type LocationFields } from './locations';
import { organisationInputSchema, type Organisation } from './organisation';
import { resourceFieldsSchema, type ResourceFields } from './resources';

/**
 * 'internal' fields never leave the encrypted database; 'chosen' ones are public only for a
 * group that chose to publish them (its `isOnlineLinkPublic`).
 */
export type Visibility = 'public' | 'chosen' | 'internal';
type VisibilityTable = Record<string, Visibility>;

export const GROUP_FIELD_VISIBILITY = {
  name: 'public',
  focus: 'public',
  publicDescription: 'public',
  audience: 'public',
  format: 'public',
  // The location's own public fields stand in for its id.
  locationId: 'internal',
  room: 'public',
  // Given on request by the public contact unless the group chooses to publish them: a link on
  // a printed list invites strangers to disrupt a meeting of vulnerable people.
  onlineLink: 'chosen',
  dialIn: 'chosen',
  // The choice itself is not shown: the link's presence says it.
  isOnlineLinkPublic: 'internal',
  schedule: 'public',
  startDate: 'public',
  endDate: 'public',
  // A planning figure for staff, and rules read out at the meeting, not advertised.
  capacity: 'internal',
  isOpenToNewcomers: 'public',
  languages: 'public',
  accessibility: 'public',
  groundRules: 'internal',
  // Words for the facilitators, printed on their session plan only.
  facilitatorGuide: 'internal',
  publicContactName: 'public',
  publicContactPhone: 'public',
  publicContactEmail: 'public',
  // Decide whether a group is shown at all; never shown themselves.
  status: 'internal',
  isListedPublicly: 'internal',
  rosterMode: 'internal',
} as const satisfies Record<keyof GroupFields, Visibility>;

export const LOCATION_FIELD_VISIBILITY = {
  name: 'public',
  address: 'public',
  room: 'public',
  // Staff notes can hold door codes or who keeps the key; a group's own accessibility text is
  // the public one.
  accessibilityNotes: 'internal',
  capacity: 'internal',
} as const satisfies Record<keyof LocationFields, Visibility>;

export const ORGANISATION_FIELD_VISIBILITY = {
  name: 'public',
  address: 'public',
  phone: 'public',
  email: 'public',
  // A calendar app or meeting finder elsewhere needs the zone the meeting times are written in
  // (the iCalendar and Meeting Guide exports, issue 12).
  timeZone: 'public',
  defaultLanguage: 'internal',
  // How the printed list is laid out and how its times are written.
  paperSize: 'public',
  dateRegion: 'public',
} as const satisfies Record<keyof Organisation, Visibility>;

// A referral sheet exists to be handed out: every field of a resource is for the public.
export const RESOURCE_FIELD_VISIBILITY = {
  name: 'public',
  purpose: 'public',
  phone: 'public',
  hours: 'public',
  address: 'public',
  website: 'public',
  isCrisisLine: 'public',
} as const satisfies Record<keyof ResourceFields, Visibility>;

type PublicKeys<T extends VisibilityTable> = {
  [K in keyof T]: T[K] extends 'public' ? K : never;
}[keyof T] &
  string;

function publicKeys<T extends VisibilityTable>(table: T): PublicKeys<T>[] {
  return Object.keys(table).filter((key) => table[key] === 'public') as PublicKeys<T>[];
}

function publicMask<T extends VisibilityTable>(table: T): { [K in PublicKeys<T>]: true } {
  return Object.fromEntries(publicKeys(table).map((key) => [key, true])) as {
    [K in PublicKeys<T>]: true;
  };
}

/** Copies only the fields `table` calls public: whatever else `record` holds is left behind. */
export function pickPublic<R extends object, T extends VisibilityTable>(
  record: R,
  table: T,
): Pick<R, PublicKeys<T> & keyof R> {
  const fields = record as Record<string, unknown>;
  return Object.fromEntries(publicKeys(table).map((key) => [key, fields[key]])) as Pick<
    R,
    PublicKeys<T> & keyof R
  >;
}

/**
 * The fields GROUP_FIELD_VISIBILITY calls 'chosen', filled, of a group that meets online and
 * chose to publish them; nothing for any other group.
 */
export function publishedOnlineFields(
  group: Pick<GroupFields, 'format' | 'isOnlineLinkPublic' | 'onlineLink' | 'dialIn'>,
): { onlineLink?: string; dialIn?: string } {
  if (!group.isOnlineLinkPublic || group.format === 'in_person') return {};
  return {
    ...(group.onlineLink ? { onlineLink: group.onlineLink } : {}),
    ...(group.dialIn ? { dialIn: group.dialIn } : {}),
  };
}

export const publicPlaceSchema = locationFieldsSchema.pick(publicMask(LOCATION_FIELD_VISIBILITY));

export const publicGroupSchema = groupFieldsSchema.pick(publicMask(GROUP_FIELD_VISIBILITY)).extend({
  // A record number, nothing about the group: the print station's flyer link names its group
  // with it, as the signed-in flyer does, so one address prints the same group either way.
  id: z.number().int().positive(),
  location: publicPlaceSchema.nullable(),
  /** When its record last changed: the Meeting Guide feed's `updated`. */
  updatedAt: z.iso.datetime(),
  /** Only for an online or hybrid group that chose to publish them (see GROUP_FIELD_VISIBILITY). */
  // Absent, not empty, when not published: no default may fill them in on reading.
  onlineLink: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .optional(),
  dialIn: z.string().min(1).max(200).optional(),
});
export type PublicGroup = z.output<typeof publicGroupSchema>;

export const publicResourceSchema = resourceFieldsSchema.pick(
  publicMask(RESOURCE_FIELD_VISIBILITY),
);
export type PublicResource = z.output<typeof publicResourceSchema>;

export const publicOrganisationSchema = organisationInputSchema.pick(
  publicMask(ORGANISATION_FIELD_VISIBILITY),
);

/**
 * One meeting of a listed group, for the monthly calendar. Derived, not copied: its date, times
 * and whether it is cancelled. A closure's reason is a public notice ("Christmas Day"); a reason
 * typed for one cancelled meeting can name a person ("Sam is in hospital") and stays inside.
 */
export const publicSessionSchema = z.strictObject({
  /** Its group's position in `groups`. */
  group: z.number().int().min(0),
  date: civilDate,
  /**
   * The date its group's schedule gave it (null: an extra meeting): a moved meeting's date and
   * time differ from it, which the calendar export writes as an override of that occurrence.
   */
  occurrenceDate: civilDate.nullable(),
  startTime: wallTime,
  endTime: wallTime,
  isCancelled: z.boolean(),
  /** The reason of the closure that cancels it; empty when none does. */
  closure: z.string(),
});
export type PublicSession = z.output<typeof publicSessionSchema>;

/** A centre closure in the window: its reason, and the place it closes (null: the whole centre). */
export const publicClosureSchema = z.strictObject({
  startsOn: civilDate,
  endsOn: civilDate,
  reason: z.string(),
  /** A place some listed group meets at; closures of other places are left out. */
  place: z.string().nullable(),
});
export type PublicClosure = z.output<typeof publicClosureSchema>;

/** The civil dates the snapshot's meetings cover (inclusive): sessions exist up to the horizon. */
export const sessionWindowSchema = z.strictObject({ from: civilDate, to: civilDate });
export type SessionWindow = z.output<typeof sessionWindowSchema>;

/** How many months after the current one the print station's calendar can print. */
export const PUBLIC_MONTHS_AHEAD = 3;

export const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'validation.date' });

/** Signed in, the calendar asks for the month it prints; left out, the print station's window. */
export const publicPrintDataInputSchema = z
  .strictObject({ month: yearMonth.optional() })
  .default({});

/**
 * Strict: the writer parses every snapshot with it, so an undeclared key can never be written.
 * Version 2 added the meetings, version 3 the time zone, group dates and scheduled dates (for the
 * calendar and feed exports), version 4 the online link and dial-in a group chose to publish: an
 * older file is 'unreadable' until the next sign-in or change rewrites it.
 */
export const publicSnapshotSchema = z.strictObject({
  version: z.literal(4),
  /** When its public data last changed: the printed list says how current it is. */
  writtenAt: z.iso.datetime(),
  organisation: publicOrganisationSchema,
  /** Listed, active groups only. */
  groups: z.array(publicGroupSchema),
  /** Referral and crisis contacts in use, crisis lines first, then by name. */
  resources: z.array(publicResourceSchema),
  sessionWindow: sessionWindowSchema,
  /** The listed groups' meetings in `sessionWindow`, in start order. */
  sessions: z.array(publicSessionSchema),
  closures: z.array(publicClosureSchema),
});
export type PublicSnapshot = z.output<typeof publicSnapshotSchema>;

/** What the print station is told: off (or never written yet), unreadable, or the snapshot. */
export type PublicPrinting =
  { status: 'off' } | { status: 'unreadable' } | { status: 'ready'; snapshot: PublicSnapshot };
