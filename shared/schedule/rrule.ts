// The subset of RFC 5545 §3.3.10 RRULE that support-group schedules need. COUNT makes a course
// of N meetings; UNTIL is refused: a group's end date bounds its schedule, so the two can never
// disagree.

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const FREQUENCIES = ['DAILY', 'WEEKLY', 'MONTHLY'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** Which week of the month: 1–4 counts from the start, -1 is the last one. */
export const MONTH_ORDINALS = [1, 2, 3, 4, -1] as const;

export interface WeekdayRule {
  day: Weekday;
  ordinal?: number;
}

export interface ScheduleRule {
  frequency: Frequency;
  interval: number;
  weekdays: WeekdayRule[];
  monthDay?: number;
  /** A course of this many meetings, counted from the group's start date. */
  count?: number;
}

const MAX_INTERVAL = 52;
export const MAX_COUNT = 999;

/** Plain decimal digits only: `Number('0x10')` would read hex. */
function parseDecimal(text: string): number {
  return /^\d{1,3}$/.test(text) ? Number(text) : Number.NaN;
}

function parseWeekday(token: string): WeekdayRule | null {
  const match = /^([+-]?\d)?(MO|TU|WE|TH|FR|SA|SU)$/.exec(token);
  if (!match) return null;
  const day = match[2] as Weekday;
  if (match[1] === undefined) return { day };
  const ordinal = Number(match[1]);
  return (MONTH_ORDINALS as readonly number[]).includes(ordinal) ? { day, ordinal } : null;
}

function parseParts(text: string): Map<string, string> | null {
  const parts = new Map<string, string>();
  for (const part of text.replace(/^RRULE:/i, '').split(';')) {
    const [key, value, extra] = part.split('=');
    if (!key || value === undefined || value === '' || extra !== undefined) return null;
    if (parts.has(key.toUpperCase())) return null;
    parts.set(key.toUpperCase(), value.toUpperCase());
  }
  return parts;
}

function isValidRule(rule: ScheduleRule): boolean {
  const hasOrdinals = rule.weekdays.some((w) => w.ordinal !== undefined);
  switch (rule.frequency) {
    case 'DAILY':
      return rule.weekdays.length === 0 && rule.monthDay === undefined;
    case 'WEEKLY':
      return rule.weekdays.length > 0 && !hasOrdinals && rule.monthDay === undefined;
    case 'MONTHLY':
      return rule.monthDay !== undefined
        ? rule.weekdays.length === 0
        : rule.weekdays.length > 0 && rule.weekdays.every((w) => w.ordinal !== undefined);
  }
}

export function parseRrule(text: string): ScheduleRule | null {
  const parts = parseParts(text.trim());
  if (!parts) return null;
  const allowed = new Set(['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTHDAY', 'COUNT']);
  if ([...parts.keys()].some((key) => !allowed.has(key))) return null;

  const frequency = parts.get('FREQ') as Frequency | undefined;
  if (!frequency || !FREQUENCIES.includes(frequency)) return null;

  const interval = parseDecimal(parts.get('INTERVAL') ?? '1');
  if (!Number.isInteger(interval) || interval < 1 || interval > MAX_INTERVAL) return null;

  const weekdays: WeekdayRule[] = [];
  for (const token of parts.get('BYDAY')?.split(',') ?? []) {
    const weekday = parseWeekday(token);
    if (!weekday || weekdays.some((w) => w.day === weekday.day && w.ordinal === weekday.ordinal)) {
      return null;
    }
    weekdays.push(weekday);
  }

  let monthDay: number | undefined;
  if (parts.has('BYMONTHDAY')) {
    monthDay = parseDecimal(parts.get('BYMONTHDAY') ?? '');
    if (!Number.isInteger(monthDay) || monthDay < 1 || monthDay > 28) return null;
  }

  let count: number | undefined;
  if (parts.has('COUNT')) {
    count = parseDecimal(parts.get('COUNT') ?? '');
    if (!Number.isInteger(count) || count < 1 || count > MAX_COUNT) return null;
  }

  const rule: ScheduleRule = {
    frequency,
    interval,
    weekdays,
    ...(monthDay ? { monthDay } : {}),
    ...(count ? { count } : {}),
  };
  return isValidRule(rule) ? rule : null;
}

export function formatRrule(rule: ScheduleRule): string {
  const parts = [`FREQ=${rule.frequency}`];
  if (rule.interval !== 1) parts.push(`INTERVAL=${rule.interval}`);
  if (rule.weekdays.length > 0) {
    const sorted = [...rule.weekdays].sort(
      (a, b) => WEEKDAYS.indexOf(a.day) - WEEKDAYS.indexOf(b.day),
    );
    parts.push(`BYDAY=${sorted.map((w) => `${w.ordinal ?? ''}${w.day}`).join(',')}`);
  }
  if (rule.monthDay !== undefined) parts.push(`BYMONTHDAY=${rule.monthDay}`);
  if (rule.count !== undefined) parts.push(`COUNT=${rule.count}`);
  return parts.join(';');
}
