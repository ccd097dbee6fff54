// The schedule builder's choices <-> the RRULE subset of shared/schedule/rrule.ts.
import {
  formatRrule,
  MAX_COUNT,
  parseRrule,
  type ScheduleRule,
  type Weekday,
} from '../../shared/schedule/rrule';

/** What the builder offers; anything else read from storage is kept as it is ('custom'). */
export type ScheduleKind = 'weekly' | 'biweekly' | 'monthly' | 'custom';

export interface ScheduleChoice {
  scheduleKind: ScheduleKind;
  weekdays: Weekday[];
  monthOrdinal: string;
  monthWeekday: Weekday;
  /** The stored rule when it is one the builder cannot show. */
  customRrule: string;
  /** "Ends after N meetings": empty for a group that carries on. */
  meetingCount: string;
}

export const DEFAULT_SCHEDULE_CHOICE: ScheduleChoice = {
  scheduleKind: 'weekly',
  weekdays: [],
  monthOrdinal: '1',
  monthWeekday: 'MO',
  customRrule: '',
  meetingCount: '',
};

/** The meeting count typed, when it is one the rule can hold; undefined when empty. */
export function meetingCountOf(choice: ScheduleChoice): number | undefined | 'invalid' {
  const text = choice.meetingCount.trim();
  if (text === '') return undefined;
  const count = Number(text);
  return /^\d+$/.test(text) && count >= 1 && count <= MAX_COUNT ? count : 'invalid';
}

/** The count is offered beside the end date; a rule kept as it is keeps its own. */
function withCount(rule: ScheduleRule, choice: ScheduleChoice): string {
  const count = meetingCountOf(choice);
  return formatRrule(typeof count === 'number' ? { ...rule, count } : rule);
}

export function rruleFromChoice(choice: ScheduleChoice): string {
  switch (choice.scheduleKind) {
    case 'weekly':
    case 'biweekly':
      return withCount(
        {
          frequency: 'WEEKLY',
          interval: choice.scheduleKind === 'weekly' ? 1 : 2,
          weekdays: choice.weekdays.map((day) => ({ day })),
        },
        choice,
      );
    case 'monthly':
      return withCount(
        {
          frequency: 'MONTHLY',
          interval: 1,
          weekdays: [{ day: choice.monthWeekday, ordinal: Number(choice.monthOrdinal) }],
        },
        choice,
      );
    case 'custom':
      return choice.customRrule;
  }
}

export function choiceFromRrule(rrule: string): ScheduleChoice {
  const rule = parseRrule(rrule);
  const custom = {
    ...DEFAULT_SCHEDULE_CHOICE,
    scheduleKind: 'custom' as const,
    customRrule: rrule,
  };
  if (!rule) return custom;
  const meetingCount = rule.count === undefined ? '' : String(rule.count);
  const hasOrdinals = rule.weekdays.some((w) => w.ordinal !== undefined);
  if (rule.frequency === 'WEEKLY' && !hasOrdinals && rule.interval <= 2) {
    return {
      ...DEFAULT_SCHEDULE_CHOICE,
      scheduleKind: rule.interval === 1 ? 'weekly' : 'biweekly',
      weekdays: rule.weekdays.map((w) => w.day),
      meetingCount,
    };
  }
  const [only] = rule.weekdays;
  if (
    rule.frequency === 'MONTHLY' &&
    rule.interval === 1 &&
    rule.weekdays.length === 1 &&
    only?.ordinal
  ) {
    return {
      ...DEFAULT_SCHEDULE_CHOICE,
      scheduleKind: 'monthly',
      monthOrdinal: String(only.ordinal),
      monthWeekday: only.day,
      meetingCount,
    };
  }
  return custom;
}
