import type { Role } from '../../shared/api/roles';
import { addDays, addMonths } from '../../shared/domain/civil-dates';
import type { TrainingFields } from '../../shared/domain/trainings';
import {
  volunteerInputSchema,
  type AvailabilitySlot,
  type VolunteerFields,
} from '../../shared/domain/volunteers';
import { DEMO_SIZES, type DemoData, type DemoSize } from './generate';
import { NAME_CULTURES, NOTES, PRONOUNS, RELATIONSHIPS, SKILLS } from './people-names';
import { between, pick, seededRandom } from './random';

// Demo volunteers, their training and checks, who facilitates which group, and one user of
// each role. Dates are set relative to `today`, so that whenever demo data is added the list
// shows every readiness state: ready, expiring within 30 days, and not ready.

export const DEMO_TRAININGS = [
  {
    name: 'Safeguarding',
    description: 'Spotting and reporting risk of harm; the centre’s safeguarding procedure.',
    validityMonths: 24,
    isRequiredForLead: true,
    isRequiredForCo: true,
  },
  {
    name: 'Group facilitation basics',
    description: 'Ground rules, turn-taking, holding silence, closing a meeting well.',
    validityMonths: null,
    isRequiredForLead: false,
    isRequiredForCo: true,
  },
  {
    name: 'Leading a circle',
    description: 'Running a meeting as lead: difficult moments, crises, handing over.',
    validityMonths: null,
    isRequiredForLead: true,
    isRequiredForCo: false,
  },
  {
    name: 'Mental health first aid',
    description: 'Recognising a mental health crisis and getting the person to help.',
    validityMonths: 36,
    isRequiredForLead: false,
    isRequiredForCo: false,
  },
  {
    name: 'Trauma-informed practice',
    description: 'Safety, choice and trust in how a group is run.',
    validityMonths: null,
    isRequiredForLead: false,
    isRequiredForCo: false,
  },
] as const satisfies readonly TrainingFields[];

const [SAFEGUARDING, BASICS, LEADING, FIRST_AID, TRAUMA] = [0, 1, 2, 3, 4];

/** Demo accounts: the password is that of the admin who added the demo data. */
export const DEMO_USERS = [
  { username: 'office-admin', displayName: 'Office Admin (demo)', role: 'admin' },
  { username: 'coordinator', displayName: 'Coordinator (demo)', role: 'coordinator' },
  { username: 'facilitator', displayName: 'Facilitator (demo)', role: 'facilitator' },
] as const satisfies readonly { username: string; displayName: string; role: Role }[];

export interface DemoPeople {
  trainings: readonly TrainingFields[];
  volunteers: VolunteerFields[];
  /** Indexes point into `volunteers` and `trainings`. */
  completions: { volunteerIndex: number; trainingIndex: number; completedOn: string }[];
  /** `groupIndex` points into the demo data's groups. */
  facilitators: { groupIndex: number; volunteerIndex: number; role: 'lead' | 'co' | 'backup' }[];
  /** The volunteer the `facilitator` account stands for: the lead of the first active group. */
  facilitatorVolunteerIndex: number;
}

type Target = 'ready' | 'expiring' | 'not_ready';
type Random = () => number;

const SLOTS = [
  ['09:00', '12:00'],
  ['13:00', '17:00'],
  ['17:30', '21:00'],
] as const;

function availability(random: Random): AvailabilitySlot[] {
  const days = new Set(Array.from({ length: between(random, 1, 4) }, () => between(random, 1, 7)));
  return [...days].sort().map((day) => {
    const [from, to] = pick(random, SLOTS);
    return { day, from, to };
  });
}

const phone = (random: Random) =>
  `07700 ${between(random, 900000, 900999)}`.replace(/(\d{3})$/, ' $1');

function volunteerFields(random: Random, index: number, today: string) {
  const culture = pick(random, NAME_CULTURES);
  const firstName = pick(random, culture.given);
  const lastName = pick(random, culture.family);
  const languages = [
    ...(random() < 0.85 ? ['en'] : []),
    ...(culture.languages[0] === 'en' ? [] : [pick(random, culture.languages)]),
  ];
  const mailName = `${firstName}.${lastName}`.normalize('NFD').replace(/[^A-Za-z.]/g, '');
  return {
    firstName,
    lastName,
    preferredName: random() < 0.1 ? firstName.slice(0, 3) : '',
    pronouns: pick(random, PRONOUNS),
    phone: phone(random),
    email: random() < 0.9 ? `${mailName.toLowerCase()}.${index + 1}@example.org` : '',
    languages: languages.length > 0 ? languages : ['en'],
    skills: [...new Set([pick(random, SKILLS), pick(random, SKILLS)])].slice(
      0,
      between(random, 0, 2),
    ),
    startDate: addDays(today, -between(random, 30, 3000)),
    emergencyContactName: `${pick(random, culture.given)} ${lastName}`,
    emergencyContactPhone: phone(random),
    emergencyContactRelationship: pick(random, RELATIONSHIPS),
    availability: availability(random),
    notes: pick(random, NOTES),
  };
}

/** A cleared check valid well past the warning window, or one inside it for "expiring". */
function clearedCheck(random: Random, today: string, isExpiring: boolean) {
  const expiresOn = addDays(today, isExpiring ? between(random, 0, 30) : between(random, 45, 1000));
  return {
    backgroundCheckStatus: 'cleared' as const,
    backgroundCheckDate: addMonths(expiresOn, -36),
    backgroundCheckExpiresOn: expiresOn,
  };
}

/** What keeps someone from being ready, picked so each reason shows up. */
function notReadyCheck(random: Random, today: string) {
  const roll = random();
  if (roll < 0.3) {
    const expiresOn = addDays(today, -between(random, 1, 400));
    return {
      backgroundCheckStatus: 'cleared' as const,
      backgroundCheckDate: addMonths(expiresOn, -36),
      backgroundCheckExpiresOn: expiresOn,
    };
  }
  const status = roll < 0.6 ? 'pending' : roll < 0.8 ? 'not_started' : 'not_cleared';
  return {
    backgroundCheckStatus: status,
    backgroundCheckDate: status === 'not_started' ? null : addDays(today, -between(random, 5, 90)),
    backgroundCheckExpiresOn: null,
  } as const;
}

/** A completion date for a 24-month training: valid, expiring within 30 days, or expired. */
function safeguardingDate(random: Random, today: string, state: Target): string {
  const lapse = addMonths(today, -24);
  // 1 to 29 days, not 0 to 30: month-end clamping in addMonths may move the expiry a day.
  if (state === 'expiring') return addDays(lapse, between(random, 1, 29));
  if (state === 'not_ready') return addDays(lapse, -between(random, 1, 500));
  return addDays(today, -between(random, 10, 600));
}

export function generateDemoPeople(
  size: DemoSize,
  groups: DemoData['groups'],
  today: string,
  seed = 20261130,
): DemoPeople {
  const random = seededRandom(seed);
  const volunteers: VolunteerFields[] = [];
  const completions: DemoPeople['completions'] = [];
  const leads: number[] = [];
  const others: number[] = [];
  const done = (volunteerIndex: number, trainingIndex: number, completedOn: string) =>
    completions.push({ volunteerIndex, trainingIndex, completedOn });

  for (let index = 0; index < DEMO_SIZES[size].volunteers; index += 1) {
    const roll = random();
    const status = roll < 0.78 ? 'active' : roll < 0.9 ? 'applicant' : 'inactive';
    const targetRoll = random();
    const target: Target =
      status !== 'active' || targetRoll < 0.22
        ? 'not_ready'
        : targetRoll < 0.36
          ? 'expiring'
          : 'ready';
    // For "not ready", the check or the safeguarding training is the reason (or both).
    const isCheckTheReason = target === 'not_ready' && random() < 0.5;
    const isCheckExpiring = target === 'expiring' && random() < 0.5;
    const check = isCheckTheReason
      ? notReadyCheck(random, today)
      : clearedCheck(random, today, isCheckExpiring);
    const safeguarding: Target =
      target === 'expiring' && !isCheckExpiring ? 'expiring' : isCheckTheReason ? 'ready' : target;
    const fields = volunteerInputSchema.parse({
      ...volunteerFields(random, index, today),
      status,
      ...check,
      ...(status === 'applicant' ? { startDate: null } : {}),
    });
    volunteers.push(fields);

    if (status === 'applicant' && random() < 0.6) continue;
    if (target !== 'not_ready' || random() < 0.7) {
      done(index, SAFEGUARDING, safeguardingDate(random, today, safeguarding));
      // Some renewed it: the lapsed first completion stays in their history.
      if (safeguarding === 'ready' && random() < 0.3) {
        done(index, SAFEGUARDING, addMonths(today, -between(random, 26, 40)));
      }
    }
    if (target !== 'not_ready' || random() < 0.6) {
      done(index, BASICS, addDays(today, -between(random, 30, 2500)));
    }
    const canLead = target !== 'not_ready' && random() < 0.45;
    if (canLead) done(index, LEADING, addDays(today, -between(random, 30, 2000)));
    if (random() < 0.3) done(index, FIRST_AID, addDays(today, -between(random, 10, 1400)));
    if (random() < 0.2) done(index, TRAUMA, addDays(today, -between(random, 10, 2000)));
    if (status === 'active') (canLead && target === 'ready' ? leads : others).push(index);
  }

  const facilitators: DemoPeople['facilitators'] = [];
  const activeGroups = groups.flatMap((g, i) => (g.group.status === 'active' ? [i] : []));
  activeGroups.forEach((groupIndex, n) => {
    const lead = leads[n % leads.length]!;
    const co = leads[(n + 1 + Math.floor(n / leads.length)) % leads.length]!;
    const backup = others[n % others.length]!;
    facilitators.push({ groupIndex, volunteerIndex: lead, role: 'lead' });
    if (co !== lead) facilitators.push({ groupIndex, volunteerIndex: co, role: 'co' });
    facilitators.push({ groupIndex, volunteerIndex: backup, role: 'backup' });
  });
  return {
    trainings: DEMO_TRAININGS,
    volunteers,
    completions,
    facilitators,
    facilitatorVolunteerIndex: leads[0]!,
  };
}
