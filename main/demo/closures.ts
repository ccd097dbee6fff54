import { addDays, daysBetween } from '../../shared/domain/civil-dates';
import type { ClosureInput } from '../../shared/domain/closures';
import { between, pick } from './random';

// A centre's closures over the demo years: the whole centre on English bank holidays and over
// Christmas, and now and then one building (a burst pipe, a refurbishment).

/** Upcoming closures start this far ahead at the soonest, so next weeks' sessions stay as they are. */
export const FUTURE_CLOSURE_MIN_DAYS = 42;

const LOCATION_REASONS = [
  'Heating failure',
  'Burst pipe: building closed for repairs',
  'Building refurbishment',
  'Used as a polling station',
  'Fire alarm maintenance',
];

const pad = (n: number) => String(n).padStart(2, '0');

/** Easter Sunday, by the anonymous Gregorian algorithm (Meeus, Astronomical Algorithms). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const g = Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3);
  const h = (19 * a + b - Math.floor(b / 4) - g + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const weekday = (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay();

/** The first (or, from the month's end, the last) Monday of a month. */
function monday(year: number, month: number, isLast: boolean): string {
  if (!isLast) {
    const first = `${year}-${pad(month)}-01`;
    return addDays(first, (8 - weekday(first)) % 7);
  }
  const last = addDays(month === 12 ? `${year + 1}-01-01` : `${year}-${pad(month + 1)}-01`, -1);
  return addDays(last, -((weekday(last) + 6) % 7));
}

function yearClosures(year: number): ClosureInput[] {
  const easter = easterSunday(year);
  const day = (date: string, reason: string) => ({ startsOn: date, endsOn: date, reason });
  return [
    { startsOn: addDays(easter, -2), endsOn: addDays(easter, 1), reason: 'Easter bank holidays' },
    day(monday(year, 5, false), 'Early May bank holiday'),
    day(monday(year, 5, true), 'Spring bank holiday'),
    day(monday(year, 8, true), 'Summer bank holiday'),
    { startsOn: `${year}-12-24`, endsOn: `${year + 1}-01-01`, reason: 'Christmas and New Year' },
  ];
}

/**
 * The closures from `from` to the horizon's end: bank holidays and Christmas each year, and
 * about three building closures a year. Past ones (ended before today) and those at least
 * FUTURE_CLOSURE_MIN_DAYS ahead; none that covers the next few weeks.
 */
export function demoClosures(
  random: () => number,
  span: { from: string; today: string; horizonEnd: string },
  locationIds: readonly number[],
): ClosureInput[] {
  const closures: ClosureInput[] = [];
  const lastYear = Number(span.horizonEnd.slice(0, 4));
  for (let year = Number(span.from.slice(0, 4)); year <= lastYear; year += 1) {
    closures.push(...yearClosures(year));
  }
  const days = daysBetween(span.from, span.horizonEnd);
  // The first in the past, so even a few weeks of history show a building closed.
  const pastDays = Math.max(0, daysBetween(span.from, span.today) - 12);
  for (let i = 0; i < Math.ceil(days / 120); i += 1) {
    const startsOn = addDays(span.from, between(random, 0, i === 0 ? pastDays : days));
    closures.push({
      startsOn,
      endsOn: addDays(startsOn, between(random, 0, 9)),
      locationId: pick(random, locationIds),
      reason: pick(random, LOCATION_REASONS),
    });
  }
  const soonest = addDays(span.today, FUTURE_CLOSURE_MIN_DAYS);
  return closures
    .filter((c) => c.endsOn >= span.from && c.startsOn <= span.horizonEnd)
    .filter((c) => c.endsOn < span.today || c.startsOn >= soonest)
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn));
}
