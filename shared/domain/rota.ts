// The volunteer rota (DESIGN §5.6, restricted): who facilitates which session in a period, and
// how to reach them (the contact sheet). Staff only: it names volunteers and holds their phones.
import { z } from 'zod';
import { addDays, daysBetween } from './civil-dates';
import type { FacilitatorRole } from './facilitators';
import { civilDate } from './fields';
import type { GroupFormat } from './groups';
import type { SessionStatus } from './sessions';
import type { VolunteerStatus } from './volunteers';

/**
 * The longest rota, in days counted inclusively: any three calendar months (Jul–Sep is 92).
 * A rota is planned a month or a quarter ahead; a year of it would be hundreds of pages.
 */
export const ROTA_MAX_DAYS = 92;

/** What the rota and the contact sheet print when no period is chosen: the next four weeks. */
export function defaultRotaPeriod(today: string): { from: string; to: string } {
  return { from: today, to: addDays(today, 27) };
}

/** Whether a period is longer than a rota may be (the core refuses it with the same rule). */
export const isRotaPeriodTooLong = (p: { from: string; to: string }): boolean =>
  daysBetween(p.from, p.to) + 1 > ROTA_MAX_DAYS;

export const rotaInputSchema = z
  .strictObject({ from: civilDate, to: civilDate })
  .refine((p) => p.to >= p.from, { path: ['to'], error: 'validation.endBeforeStart' })
  .refine((p) => !isRotaPeriodTooLong(p), { path: ['to'], error: 'validation.rotaTooLong' });

/** Someone on the rota, with what the contact sheet prints of them (nothing else). */
export interface RotaPerson {
  volunteerId: number;
  /** Empty once erased: the rota says "erased volunteer" instead. */
  displayName: string;
  status: VolunteerStatus;
  isErased: boolean;
  phone: string;
  email: string;
  /** Language codes ("en", "es"). */
  languages: string[];
}

export interface RotaFacilitator {
  volunteerId: number;
  role: FacilitatorRole;
}

export interface RotaSession {
  id: number;
  groupId: number;
  groupName: string;
  format: GroupFormat;
  /** The organisation's wall clock: civil date and HH:MM, start and end. */
  localDate: string;
  localStart: string;
  localEnd: string;
  locationName: string | null;
  room: string;
  status: SessionStatus;
  cancelReason: string;
  /** The session's own list when one was chosen, else its group's; lead first. */
  facilitators: RotaFacilitator[];
}

export interface Rota {
  from: string;
  to: string;
  /** Every session of the period, cancelled ones included (the rota says so), in start order. */
  sessions: RotaSession[];
  /** Everyone facilitating a session of the period, once each. */
  people: RotaPerson[];
}

/** Whether someone can take their place on the night: not erased, not inactive. */
export const isAvailable = (person: RotaPerson | undefined): person is RotaPerson =>
  person !== undefined && !person.isErased && person.status !== 'inactive';

/**
 * Why a session still to happen has nobody to lead it, or null when it has a lead: no lead at
 * all, or a lead who is inactive or erased. A cancelled session needs no lead.
 */
export function rotaLeadGap(
  session: Pick<RotaSession, 'status' | 'facilitators'>,
  personOf: (volunteerId: number) => RotaPerson | undefined,
): 'no_lead' | 'lead_unavailable' | null {
  if (session.status === 'cancelled') return null;
  const leads = session.facilitators.filter((f) => f.role === 'lead');
  if (leads.length === 0) return 'no_lead';
  return leads.some((f) => isAvailable(personOf(f.volunteerId))) ? null : 'lead_unavailable';
}

export interface ContactSheetRow {
  person: RotaPerson;
  /** The groups they facilitate in the period, in the order of their first session. */
  groupNames: string[];
}

/**
 * Who the contact sheet lists: the people on the rota of the period who can still take their
 * place (not erased, not inactive) for a session that is not cancelled, with their groups; by
 * name as `locale` sorts it (accents and case aside: "Élodie" between "Dan" and "Finn").
 */
export function contactSheetRows(
  rota: Pick<Rota, 'sessions' | 'people'>,
  locale: string,
): ContactSheetRow[] {
  const groups = new Map<number, Set<string>>();
  for (const session of rota.sessions) {
    if (session.status === 'cancelled') continue;
    for (const { volunteerId } of session.facilitators) {
      const names = groups.get(volunteerId) ?? new Set<string>();
      names.add(session.groupName);
      groups.set(volunteerId, names);
    }
  }
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return rota.people
    .flatMap((person) => {
      const names = groups.get(person.volunteerId);
      return names && isAvailable(person) ? [{ person, groupNames: [...names] }] : [];
    })
    .sort((a, b) => collator.compare(a.person.displayName, b.person.displayName));
}
