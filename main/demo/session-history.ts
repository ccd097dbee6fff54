import type { MethodInput } from '../../shared/api/contract';
import { addDays, daysBetween } from '../../shared/domain/civil-dates';
import type { SessionRow } from '../../shared/domain/sessions';
import { recordFor, type DemoGroupFacts, type SessionRecordFields } from './attendance';
import { between, pick } from './random';

// What became of each past session: most were held and recorded; a few were cancelled by hand,
// moved, or are still waiting for their record; and now and then a group met an extra time.

export type SessionAction =
  | { kind: 'cancel'; input: MethodInput<'cancelSession'> }
  | { kind: 'move'; input: MethodInput<'moveSession'>; record: SessionRecordFields }
  | { kind: 'extra'; input: MethodInput<'addExtraSession'>; record: SessionRecordFields }
  | { kind: 'record'; input: MethodInput<'recordSession'> };

/** Sessions this recent are often not recorded yet: the "needs a record" list. */
export const RECENT_DAYS = 21;

const CANCEL_REASONS = [
  'Facilitator unwell and no cover found',
  'Room double-booked',
  'Snow: roads unsafe',
  'Too few people able to come',
  'Facilitators at a training day',
];

const EXTRA_TIMES = ['11:00', '14:00', '18:00'];

export const durationOf = (row: SessionRow) =>
  Math.round((Date.parse(row.endsAt) - Date.parse(row.startsAt)) / 60_000);

function planOne(
  random: () => number,
  row: SessionRow,
  group: DemoGroupFacts,
  today: string,
): SessionAction | null {
  const durationMinutes = durationOf(row);
  const record = (date: string) => recordFor(random, group, date, durationMinutes);
  const isRecent = daysBetween(row.localDate, today) <= RECENT_DAYS;
  const roll = random();
  if (roll < 0.02) {
    return { kind: 'cancel', input: { id: row.id, reason: pick(random, CANCEL_REASONS) } };
  }
  if (roll < 0.027) {
    // Moved a day later (never onto today), or the same day in another room.
    const later = addDays(row.localDate, 1);
    const date = later < today && random() < 0.6 ? later : row.localDate;
    const room = date === row.localDate ? 'Hall B' : row.room;
    const input = {
      id: row.id,
      date,
      startTime: row.localStart,
      durationMinutes,
      locationId: row.locationId,
      room,
    };
    return { kind: 'move', input, record: record(date) };
  }
  if (random() < (isRecent ? 0.25 : 0.0005)) return null;
  return { kind: 'record', input: { id: row.id, ...record(row.localDate) } };
}

/** An extra meeting of a group (a social, a longer session) on a day it had none. */
function extraFor(
  random: () => number,
  rows: readonly SessionRow[],
  group: DemoGroupFacts,
  today: string,
): SessionAction | null {
  const sample = pick(random, rows);
  const date = addDays(sample.localDate, between(random, 1, 3));
  if (date >= today || rows.some((r) => r.localDate === date)) return null;
  const durationMinutes = pick(random, [90, 120]);
  const input = {
    groupId: group.groupId,
    date,
    startTime: pick(random, EXTRA_TIMES),
    durationMinutes,
    locationId: sample.locationId,
    room: sample.room,
  };
  return { kind: 'extra', input, record: recordFor(random, group, date, durationMinutes) };
}

/**
 * The actions that give past sessions their history, in date order per group. `rows` are the
 * past sessions as listed; those a closure cancelled are left as they are.
 */
export function planSessionHistory(
  random: () => number,
  rows: readonly SessionRow[],
  groups: ReadonlyMap<number, DemoGroupFacts>,
  today: string,
): SessionAction[] {
  const actions: SessionAction[] = [];
  const byGroup = new Map<number, SessionRow[]>();
  for (const row of rows) {
    const list = byGroup.get(row.groupId);
    if (list) list.push(row);
    else byGroup.set(row.groupId, [row]);
  }
  for (const [groupId, groupRows] of [...byGroup].sort(([a], [b]) => a - b)) {
    const group = groups.get(groupId);
    if (!group) continue;
    for (const row of groupRows) {
      if (row.status !== 'scheduled') continue;
      const action = planOne(random, row, group, today);
      if (action) actions.push(action);
    }
    // About one extra meeting a year (at least one for a group with a few weeks of history).
    const extras = Math.max(1, Math.round(groupRows.length / 60));
    for (let i = 0; i < extras; i += 1) {
      const action = extraFor(random, groupRows, group, today);
      if (action) actions.push(action);
    }
  }
  return actions;
}
