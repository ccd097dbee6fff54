import type { MethodInput } from '../../shared/api/contract';
import type { GroupFocus, GroupFormat } from '../../shared/domain/groups';
import { between, pick } from './random';

// What a held session's record looks like: headcount by the group's focus and size, fewer in
// August and at Christmas, newcomers mostly in January and September, facilitator hours, and
// for named rosters who came.

export type SessionRecordFields = Omit<MethodInput<'recordSession'>, 'id'>;

/** What a group's records depend on. */
export interface DemoGroupFacts {
  groupId: number;
  focus: GroupFocus;
  format: GroupFormat;
  capacity: number | null;
  isOpenToNewcomers: boolean;
  /** How big this group tends to be against others of its focus (0.6 to 1.5). */
  sizeFactor: number;
  facilitators: { volunteerId: number; role: 'lead' | 'co' | 'backup' }[];
  /** Named rosters: the participants, with the days they consented and withdrew. */
  participants: { id: number; consentOn: string; withdrawnOn: string | null }[];
}

/** A usual headcount per focus: recovery meetings are the largest, trauma groups small. */
const TYPICAL_HEADCOUNT: Record<GroupFocus, number> = {
  addiction_recovery: 11,
  grief: 7,
  chronic_illness: 6,
  caregivers: 6,
  trauma: 5,
  mental_health: 8,
  parenting: 7,
  other: 6,
};

/** January to December: summer holidays and December are quieter. */
const SEASON = [1.05, 1, 1, 0.95, 0.95, 0.9, 0.85, 0.72, 1.05, 1, 1, 0.85];

const NOTES = [
  'Good discussion about coping at work.',
  'Quiet week; two regulars away.',
  'A newcomer was welcomed by the group.',
  'Ran ten minutes over; agreed to keep to time next week.',
  'Talked about plans for the holidays.',
  'Room was cold; asked reception about the heating.',
  'Shared the list of local services again.',
  'Guest speaker from the local carers’ service.',
];

function seasonOf(date: string): number {
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  if (month === 12 && day >= 18) return 0.6;
  return SEASON[month - 1]!;
}

/** Hours given to a session: its length, with preparation for the lead, rounded to ¼ hour. */
function hoursFor(role: 'lead' | 'co' | 'backup', durationMinutes: number): number {
  const prep = role === 'lead' ? 45 : 15;
  return Math.round(((durationMinutes + prep) / 60) * 4) / 4;
}

export function recordFor(
  random: () => number,
  group: DemoGroupFacts,
  date: string,
  durationMinutes: number,
): SessionRecordFields {
  const online = group.format === 'online' ? 0.85 : 1;
  const expected = TYPICAL_HEADCOUNT[group.focus] * group.sizeFactor * seasonOf(date) * online;
  const attended = group.participants
    .filter((p) => p.consentOn <= date && (p.withdrawnOn === null || date < p.withdrawnOn))
    .filter(() => random() < 0.6)
    .map((p) => p.id);
  let headcount = Math.max(attended.length, Math.round(expected * (0.55 + random() * 0.9)));
  // Now and then a busy night goes over the room's capacity, confirmed by whoever recorded it.
  const isOverCapacity = group.capacity !== null && headcount > group.capacity;
  if (isOverCapacity && random() < 0.8) headcount = Math.max(attended.length, group.capacity!);
  const month = date.slice(5, 7);
  const newcomerChance = month === '01' || month === '09' ? 0.14 : 0.07;
  const newcomers = group.isOpenToNewcomers
    ? Array.from({ length: headcount }).filter(() => random() < newcomerChance).length
    : 0;
  return {
    headcount,
    newcomers,
    notes: random() < 0.2 ? pick(random, NOTES) : '',
    hours: group.facilitators
      .filter((f) => f.role !== 'backup' || random() < 0.1)
      .map((f) => ({ volunteerId: f.volunteerId, hours: hoursFor(f.role, durationMinutes) })),
    attendedParticipantIds: attended,
    isOverCapacityConfirmed: group.capacity !== null && headcount > group.capacity,
  };
}

/** How big a group tends to be, drawn once per group. */
export const drawSizeFactor = (random: () => number) => between(random, 60, 150) / 100;
