// The schedule builder's choices <-> the RRULE subset of shared/schedule/rrule.ts.
import {
  formatRrule,
  MAX_COUNT,
  MONTH_ORDINALS,
  parseRrule,
  type ScheduleRule,
  type Weekday,
} from '../../shared/schedule/rrule';

/** What the builder offers; anything else read from storage is kept as it is ('custom'). */
export type ScheduleKind = 'weekly' | 'biweekly' | 'monthly' | 'custom';

export interface ScheduleChoice {
  scheduleKind: ScheduleKind;
  weekdays: Weekday[];
  /** Weeks of the month ("1" to "4", "-1" for the last): the 2nd and 4th Tuesday is ['2', '4']. */
  monthOrdinals: string[];
  monthWeekday: Weekday;
  /** The stored rule when it is one the builder cannot show. */
  customRrule: string;
  /** "Ends after N meetings": empty for a group that carries on. */
  meetingCount: string;
}

export const DEFAULT_SCHEDULE_CHOICE: ScheduleChoice = {
  scheduleKind: 'weekly',
  weekdays: [],
  monthOrdinals: ['1'],
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
          weekdays: MONTH_ORDINALS.filter((ordinal) =>
            choice.monthOrdinals.includes(String(ordinal)),
          ).map((ordinal) => ({ day: choice.monthWeekday, ordinal })),
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
  const [first] = rule.weekdays;
  // The builder offers one weekday in one or more weeks: "2TU,4TU" yes, "2TU,4TH" is kept as 'custom'.
  const isOneWeekdayByWeek =
    first !== undefined &&
    rule.weekdays.every((w) => w.ordinal !== undefined && w.day === first.day);
  if (rule.frequency === 'MONTHLY' && rule.interval === 1 && isOneWeekdayByWeek) {
    return {
      ...DEFAULT_SCHEDULE_CHOICE,
      scheduleKind: 'monthly',
      monthOrdinals: rule.weekdays.map((w) => String(w.ordinal)),
      monthWeekday: first.day,
      meetingCount,
    };
  }
  return custom;
}
