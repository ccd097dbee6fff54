import type { MethodInput } from '../../shared/api/contract';
import { addDays, daysBetween } from '../../shared/domain/civil-dates';
import { NAME_CULTURES } from './people-names';
import { between, pick } from './random';

// A few safeguarding incidents, filed by facilitators from their own groups' sessions and
// followed up by the coordinator; and the named rosters' participants (first names only).

export interface DemoIncident {
  file: Omit<MethodInput<'fileIncident'>, 'sessionId'>;
  /** The coordinator's follow-up, in order: to actioned, then perhaps to closed. */
  updates: { status: 'actioned' | 'closed'; note: string }[];
}

const KINDS = [
  {
    category: 'disclosure',
    description: 'A member disclosed past abuse during the check-in round.',
    actionsTaken: 'Co-facilitator spoke with them after the group and gave helpline details.',
  },
  {
    category: 'medical',
    description: 'A member felt faint during the session.',
    actionsTaken: 'First aider attended; they recovered and were collected by family.',
  },
  {
    category: 'aggression',
    description: 'Raised voices between two members; one left early.',
    actionsTaken: 'Ground rules restated; both offered a call before next week.',
  },
  {
    category: 'risk_of_harm',
    description: 'A member spoke about feeling unsafe at home.',
    actionsTaken: 'Safeguarding lead informed the same evening.',
  },
  {
    category: 'safeguarding_concern',
    description: 'A member seemed to be under the influence and very low.',
    actionsTaken: 'Stayed with them until a friend arrived; crisis line number given.',
  },
  {
    category: 'privacy_breach',
    description: 'A member posted about the group on social media, naming another member.',
    actionsTaken: 'Asked them to take the post down; they did.',
  },
] as const;

const ACTIONED_NOTES = [
  'Spoke with the facilitator; follow-up call arranged.',
  'Referred to the safeguarding lead, who has made contact.',
  'Checked in with the member by phone.',
];
const CLOSED_NOTES = [
  'Member is well and attending again; nothing further needed.',
  'Referral acknowledged; no further action for the centre.',
  'Discussed at supervision; closed.',
];

/**
 * Incidents for sessions held on the given dates (oldest first): old ones closed, recent ones
 * actioned or still open, so every status shows.
 */
export function planIncidents(
  random: () => number,
  sessionDates: readonly string[],
  today: string,
): DemoIncident[] {
  return sessionDates.map((date, i) => {
    const kind = pick(random, KINDS);
    const age = daysBetween(date, today);
    const isNewest = i === sessionDates.length - 1;
    const steps = isNewest ? 0 : age > 60 || i === 0 ? 2 : age > 7 || i === 1 ? 1 : 0;
    return {
      file: {
        category: kind.category,
        severity: pick(random, ['low', 'medium', 'medium', 'high'] as const),
        description: kind.description,
        actionsTaken: kind.actionsTaken,
        isReferralMade: kind.category === 'risk_of_harm' || random() < 0.2,
      },
      updates: [
        { status: 'actioned' as const, note: pick(random, ACTIONED_NOTES) },
        { status: 'closed' as const, note: pick(random, CLOSED_NOTES) },
      ].slice(0, steps),
    };
  });
}

/** A named roster: first names, consent given over the group's history, a few withdrawn. */
export function planParticipants(
  random: () => number,
  from: string,
  today: string,
): { name: string; consentOn: string; withdrawnOn: string | null }[] {
  const days = Math.max(1, daysBetween(from, today));
  const names = new Set<string>();
  const size = between(random, 6, 12);
  while (names.size < size) names.add(pick(random, pick(random, NAME_CULTURES).given));
  return [...names].map((name) => {
    const consentOn = addDays(from, Math.floor(random() * random() * days));
    const left = daysBetween(consentOn, today);
    const withdrawnOn =
      left > 14 && random() < 0.15 ? addDays(consentOn, between(random, 7, left - 1)) : null;
    return { name, consentOn, withdrawnOn };
  });
}
