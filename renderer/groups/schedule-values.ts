// The schedule builder's choices <-> the RRULE subset of shared/schedule/rrule.ts.
import { formatRrule, parseRrule, type Weekday } from '../../shared/schedule/rrule';

/** What the builder offers; anything else read from storage is kept as it is ('custom'). */
export type ScheduleKind = 'weekly' | 'biweekly' | 'monthly' | 'custom';

export interface ScheduleChoice {
  scheduleKind: ScheduleKind;
  weekdays: Weekday[];
  monthOrdinal: string;
  monthWeekday: Weekday;
  /** The stored rule when it is one the builder cannot show. */
  customRrule: string;
}

export const DEFAULT_SCHEDULE_CHOICE: ScheduleChoice = {
  scheduleKind: 'weekly',
  weekdays: [],
  monthOrdinal: '1',
  monthWeekday: 'MO',
  customRrule: '',
};

export function rruleFromChoice(choice: ScheduleChoice): string {
  switch (choice.scheduleKind) {
    case 'weekly':
    case 'biweekly':
      return formatRrule({
        frequency: 'WEEKLY',
        interval: choice.scheduleKind === 'weekly' ? 1 : 2,
        weekdays: choice.weekdays.map((day) => ({ day })),
      });
    case 'monthly':
      return formatRrule({
        frequency: 'MONTHLY',
        interval: 1,
        weekdays: [{ day: choice.monthWeekday, ordinal: Number(choice.monthOrdinal) }],
      });
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
  const hasOrdinals = rule.weekdays.some((w) => w.ordinal !== undefined);
  if (rule.frequency === 'WEEKLY' && !hasOrdinals && rule.interval <= 2) {
    return {
      ...DEFAULT_SCHEDULE_CHOICE,
      scheduleKind: rule.interval === 1 ? 'weekly' : 'biweekly',
      weekdays: rule.weekdays.map((w) => w.day),
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
    };
  }
  return custom;
}
