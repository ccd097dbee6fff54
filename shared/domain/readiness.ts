import { addDays } from './civil-dates';
import { completionExpiry } from './trainings';

// Whether a volunteer may facilitate, decided here and nowhere else: the volunteer list, the
// detail page, facilitator assignment and (later) session cover all read this one answer.

/** An item expiring within this many days is flagged before it lapses. */
export const EXPIRY_WARNING_DAYS = 30;

export const READINESS_STATES = ['ready', 'expiring', 'not_ready'] as const;
export type ReadinessState = (typeof READINESS_STATES)[number];

export type ReadinessProblem =
  | { item: 'status'; reason: 'not_active' | 'erased' }
  | {
      item: 'background_check';
      reason: 'not_started' | 'pending' | 'not_cleared' | 'expired' | 'expiring';
      date: string | null;
    }
  | {
      item: 'training';
      trainingId: number;
      trainingName: string;
      reason: 'missing' | 'expired' | 'expiring';
      date: string | null;
    };

export interface Readiness {
  state: ReadinessState;
  /** Why not ready, or what expires soon (with its date); empty when ready. */
  problems: ReadinessProblem[];
}

export interface VolunteerReadiness extends Readiness {
  /** Leading also needs the trainings required for leads. */
  lead: Readiness;
}

export interface ReadinessFacts {
  status: 'applicant' | 'active' | 'inactive';
  isErased: boolean;
  backgroundCheckStatus: 'not_started' | 'pending' | 'cleared' | 'not_cleared';
  backgroundCheckExpiresOn: string | null;
  /** Every completion of this volunteer (several per training allowed: the latest counts). */
  completions: readonly { trainingId: number; completedOn: string }[];
}

export interface CatalogueTraining {
  id: number;
  name: string;
  validityMonths: number | null;
  isRequiredForLead: boolean;
  isRequiredForCo: boolean;
  isRetired: boolean;
}

/** Today and the last day of the warning window. */
interface Horizon {
  today: string;
  warnUntil: string;
}

// The list works out readiness for thousands of volunteers against the same today: the window's
// end is worked out once per day, not once per volunteer.
let lastHorizon: Horizon | null = null;

function horizonOf(today: string): Horizon {
  if (lastHorizon?.today !== today) {
    lastHorizon = { today, warnUntil: addDays(today, EXPIRY_WARNING_DAYS) };
  }
  return lastHorizon;
}

/**
 * Valid through its expiry date: expiring on today still counts today, and is flagged.
 * Civil dates compare as strings, which keeps this cheap for a list of thousands.
 */
function expiryProblem(expiresOn: string | null, horizon: Horizon): 'expired' | 'expiring' | null {
  if (expiresOn === null) return null;
  if (expiresOn < horizon.today) return 'expired';
  return expiresOn <= horizon.warnUntil ? 'expiring' : null;
}

function backgroundCheckProblems(facts: ReadinessFacts, horizon: Horizon): ReadinessProblem[] {
  const date = facts.backgroundCheckExpiresOn;
  if (facts.backgroundCheckStatus !== 'cleared') {
    return [{ item: 'background_check', reason: facts.backgroundCheckStatus, date }];
  }
  const reason = expiryProblem(date, horizon);
  return reason ? [{ item: 'background_check', reason, date }] : [];
}

/** Each training's latest completion, in one pass: only the latest counts, renewals aside. */
function latestByTraining(completions: ReadinessFacts['completions']): Map<number, string> {
  const latest = new Map<number, string>();
  for (const { trainingId, completedOn } of completions) {
    const last = latest.get(trainingId);
    if (last === undefined || completedOn > last) latest.set(trainingId, completedOn);
  }
  return latest;
}

function trainingProblem(
  training: CatalogueTraining,
  latest: string | undefined,
  horizon: Horizon,
): ReadinessProblem | null {
  const base = { item: 'training', trainingId: training.id, trainingName: training.name } as const;
  if (latest === undefined) return { ...base, reason: 'missing', date: null };
  const expiresOn = completionExpiry(latest, training.validityMonths);
  const reason = expiryProblem(expiresOn, horizon);
  return reason ? { ...base, reason, date: expiresOn } : null;
}

function readinessOf(problems: ReadinessProblem[]): Readiness {
  const isBlocking = (p: ReadinessProblem) => p.item === 'status' || p.reason !== 'expiring';
  const state =
    problems.length === 0 ? 'ready' : problems.some(isBlocking) ? 'not_ready' : 'expiring';
  // Blocking problems first: they are what a coordinator has to act on.
  return {
    state,
    problems: [...problems].sort((a, b) => Number(isBlocking(b)) - Number(isBlocking(a))),
  };
}

/**
 * The co-facilitator's state alone, as `computeReadiness(…).state` gives it, without building
 * the problems: the volunteer list filters and sorts every volunteer by it. The same rule, from
 * the same pieces (a test holds the two to the same answers).
 */
export function readinessStateOf(
  facts: ReadinessFacts,
  catalogue: readonly CatalogueTraining[],
  today: string,
): ReadinessState {
  if (facts.isErased || facts.status !== 'active') return 'not_ready';
  if (facts.backgroundCheckStatus !== 'cleared') return 'not_ready';
  const horizon = horizonOf(today);
  const check = expiryProblem(facts.backgroundCheckExpiresOn, horizon);
  if (check === 'expired') return 'not_ready';
  // Expiring is not blocking: a later item may still make the volunteer not ready.
  let isExpiring = check === 'expiring';
  const latest = latestByTraining(facts.completions);
  for (const training of catalogue) {
    if (training.isRetired || !training.isRequiredForCo) continue;
    const completedOn = latest.get(training.id);
    if (completedOn === undefined) return 'not_ready';
    const reason = expiryProblem(completionExpiry(completedOn, training.validityMonths), horizon);
    if (reason === 'expired') return 'not_ready';
    if (reason === 'expiring') isExpiring = true;
  }
  return isExpiring ? 'expiring' : 'ready';
}

/** The one readiness rule. `today` is the organisation's civil date. */
export function computeReadiness(
  facts: ReadinessFacts,
  catalogue: readonly CatalogueTraining[],
  today: string,
): VolunteerReadiness {
  const statusProblems: ReadinessProblem[] = facts.isErased
    ? [{ item: 'status', reason: 'erased' }]
    : facts.status === 'active'
      ? []
      : [{ item: 'status', reason: 'not_active' }];
  const horizon = horizonOf(today);
  const latest = latestByTraining(facts.completions);
  const shared = [...statusProblems, ...backgroundCheckProblems(facts, horizon)];
  // Each required training is looked at once; leading needs the co-facilitators' ones too.
  const required = catalogue
    .filter((t) => !t.isRetired && (t.isRequiredForCo || t.isRequiredForLead))
    .map((training) => ({
      training,
      problem: trainingProblem(training, latest.get(training.id), horizon),
    }));
  const problemsFor = (isRequired: (t: CatalogueTraining) => boolean) =>
    required
      .filter(({ training }) => isRequired(training))
      .flatMap(({ problem }) => (problem ? [problem] : []));
  const co = readinessOf([...shared, ...problemsFor((t) => t.isRequiredForCo)]);
  const lead = readinessOf([...shared, ...problemsFor(() => true)]);
  return { ...co, lead };
}
