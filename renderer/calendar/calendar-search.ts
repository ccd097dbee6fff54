// The calendar's view, date and filters live in the address (`#/calendar?view=week&date=
// 2026-03-10&focus=grief`), so Back returns to the same week, and a link or reload keeps it.
import { addDays, addMonths } from '../../shared/domain/civil-dates';
import { GROUP_FOCUSES, type GroupFocus } from '../../shared/domain/groups';
import { mondayOf } from '../../shared/domain/session-dashboard';
import type { ListSessionsInput } from '../../shared/domain/sessions';

export const CALENDAR_VIEWS = ['month', 'week', 'agenda'] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number];

/** The agenda reads four weeks at a time: a month's meetings in one list. */
export const AGENDA_DAYS = 28;

export interface CalendarState {
  view: CalendarView;
  /** A day inside the period shown; empty means today. */
  date: string;
  locationId: number | null;
  focus: GroupFocus | null;
  volunteerId: number | null;
}

export type CalendarSearch = Partial<CalendarState>;

const DEFAULT_STATE: CalendarState = {
  view: 'month',
  date: '',
  locationId: null,
  focus: null,
  volunteerId: null,
};

const positiveId = (value: unknown): number | undefined => {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : undefined;
};

/** Reads the address leniently: a hand-edited or stale value falls back to the default. */
export function parseCalendarSearch(raw: Record<string, unknown>): CalendarSearch {
  const date = typeof raw.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw.date) ? raw.date : '';
  return dropDefaults({
    view: CALENDAR_VIEWS.find((view) => view === raw.view) ?? 'month',
    date: date && !Number.isNaN(Date.parse(date)) ? date : '',
    locationId: positiveId(raw.locationId) ?? null,
    focus: GROUP_FOCUSES.find((focus) => focus === raw.focus) ?? null,
    volunteerId: positiveId(raw.volunteerId) ?? null,
  });
}

export function dropDefaults(state: CalendarState): CalendarSearch {
  return Object.fromEntries(
    Object.entries(state).filter(
      ([key, value]) => value !== DEFAULT_STATE[key as keyof CalendarState],
    ),
  );
}

export function calendarStateOf(search: CalendarSearch): CalendarState {
  return { ...DEFAULT_STATE, ...search };
}

/** The days a view shows around `date`: whole weeks, Monday first, for month and week. */
export function visibleRange(view: CalendarView, date: string): { from: string; to: string } {
  if (view === 'week') return { from: mondayOf(date), to: addDays(mondayOf(date), 6) };
  if (view === 'agenda') return { from: date, to: addDays(date, AGENDA_DAYS - 1) };
  const first = `${date.slice(0, 7)}-01`;
  const last = addDays(addMonths(first, 1), -1);
  return { from: mondayOf(first), to: addDays(mondayOf(last), 6) };
}

/** The same view one period earlier (-1) or later (+1). */
export function shiftedDate(view: CalendarView, date: string, step: -1 | 1): string {
  if (view === 'month') return addMonths(`${date.slice(0, 7)}-01`, step);
  return addDays(date, step * (view === 'week' ? 7 : AGENDA_DAYS));
}

export function toListSessionsInput(state: CalendarState, today: string): ListSessionsInput {
  return {
    ...visibleRange(state.view, state.date || today),
    locationId: state.locationId,
    focus: state.focus,
    volunteerId: state.volunteerId,
  };
}

/** Each day from `from` to `to`, inclusive. */
export function daysFrom(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}
