// The one workload the cipher comparison and the HTTP path both run (issue 13): what a
// coordinator's day asks of the core at a large centre. The ids it needs are picked from the data.
import type { MethodName } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/errors';
import { addDays } from '../../shared/domain/civil-dates';
import type { SessionRow } from '../../shared/domain/sessions';
import type { Volunteer, VolunteerPage } from '../../shared/domain/volunteers';

export type CallKind = 'list' | 'search' | 'read' | 'write';

export interface WorkloadCall {
  label: string;
  method: MethodName;
  kind: CallKind;
  /** The input of the run-th call: writes change something each time, reads ask the same. */
  input(run: number): unknown;
}

export type Caller = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

export async function must<T>(call: Caller, method: MethodName, input: unknown): Promise<T> {
  const result = await call(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code}`);
  return result.value as T;
}

const read = (label: string, method: MethodName, kind: CallKind, input: unknown) => ({
  label,
  method,
  kind,
  input: () => input,
});

/** What updateVolunteer takes back: the stored fields, without what the core works out. */
function editableFields(volunteer: Volunteer) {
  const {
    displayName: _displayName,
    isErased: _isErased,
    erasedAt: _erasedAt,
    readiness: _readiness,
    completions: _completions,
    createdAt: _createdAt,
    updatedAt: _updatedAt,
    ...fields
  } = volunteer;
  return fields;
}

/**
 * The workload on the data `call` reaches: every id it names is the same in a copy of it.
 * `today` is the organisation's civil date.
 */
export async function buildWorkload(call: Caller, today: string): Promise<WorkloadCall[]> {
  const monthStart = `${today.slice(0, 7)}-01`;
  const monthEnd = addDays(`${addDays(monthStart, 31).slice(0, 7)}-01`, -1);
  const [group] = await must<{ id: number }[]>(call, 'listGroups', { status: 'active' });
  const page = await must<VolunteerPage>(call, 'listVolunteers', { status: 'active' });
  const volunteerId = page.rows[0]?.id;
  const past = await must<SessionRow[]>(call, 'listSessions', {
    from: addDays(today, -14),
    to: addDays(today, -1),
  });
  const session = past.find((row) => row.status !== 'cancelled');
  if (!group || volunteerId === undefined || !session) {
    throw new Error('the bench data has no active group, volunteer or past session');
  }
  const volunteer = editableFields(
    await must<Volunteer>(call, 'getVolunteer', { id: volunteerId }),
  );
  return [
    read('listGroups', 'listGroups', 'list', {}),
    read('listVolunteers page 1', 'listVolunteers', 'list', {}),
    read('listVolunteers search "gar"', 'listVolunteers', 'search', { search: 'gar' }),
    read('listLocations', 'listLocations', 'list', {}),
    read('listGroups search "grief"', 'listGroups', 'search', { search: 'grief' }),
    // Every session of a month: the calendar's CSV export (and a facilitator's month, which at
    // a real centre is their own few groups').
    read('calendar month (listSessions)', 'listSessions', 'list', {
      from: monthStart,
      to: monthEnd,
    }),
    // Staff's agenda: four weeks, the page drawn and the count.
    read('agenda page (listSessionPage)', 'listSessionPage', 'list', {
      from: today,
      to: addDays(today, 27),
      offset: 0,
      limit: 50,
    }),
    // Staff's month: each day's first two and its count (renderer/calendar/day-sessions.ts).
    read('calendar month (listCalendarDays)', 'listCalendarDays', 'list', {
      from: monthStart,
      to: monthEnd,
      perDay: 2,
    }),
    read('getDashboard', 'getDashboard', 'read', {}),
    read("a group's sessions (a year)", 'listSessions', 'list', {
      groupId: group.id,
      from: addDays(today, -180),
      to: addDays(today, 182),
    }),
    {
      label: 'write: updateVolunteer',
      method: 'updateVolunteer',
      kind: 'write',
      input: (run) => ({ ...volunteer, id: volunteerId, notes: `Bench edit ${run}` }),
    },
    {
      label: 'write: recordSession',
      method: 'recordSession',
      kind: 'write',
      input: (run) => ({
        id: session.id,
        headcount: 1 + (run % 5),
        newcomers: 0,
        isOverCapacityConfirmed: true,
      }),
    },
  ];
}
