// A VTIMEZONE (RFC 5545 §3.6.5) for the organisation's zone, from the zone rules Node already
// carries (Intl), so no time-zone database is bundled: one STANDARD or DAYLIGHT part per change
// of offset in the years the calendar covers, each with the offsets before and after.

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Minutes east of UTC in `timeZone` at `instant`. */
function offsetAt(format: Intl.DateTimeFormat, instant: number): number {
  const name = format.formatToParts(instant).find((part) => part.type === 'timeZoneName')!.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** `+0100`, as TZOFFSETFROM/TO write it. */
function offsetText(minutes: number): string {
  const abs = Math.abs(minutes);
  const hhmm = `${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
  return `${minutes < 0 ? '-' : '+'}${hhmm}`;
}

/** The wall-clock time, in the offset before the change, at which it happens. */
function localStamp(instant: number, offsetMinutes: number): string {
  return new Date(instant + offsetMinutes * MINUTE)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, '');
}

interface Change {
  at: number;
  from: number;
  to: number;
}

/** The first minute in (low, high] whose offset differs from low's. */
function changeWithin(format: Intl.DateTimeFormat, low: number, high: number): number {
  const before = offsetAt(format, low);
  while (high - low > MINUTE) {
    const middle = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
    if (offsetAt(format, middle) === before) low = middle;
    else high = middle;
  }
  return high;
}

function changesBetween(timeZone: string, fromYear: number, toYear: number): Change[] {
  const format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
  const changes: Change[] = [];
  const end = Date.UTC(toYear + 1, 0, 1);
  for (let day = Date.UTC(fromYear, 0, 1); day < end; day += DAY) {
    const from = offsetAt(format, day);
    const to = offsetAt(format, day + DAY);
    if (from !== to) changes.push({ at: changeWithin(format, day, day + DAY), from, to });
  }
  return changes;
}

/** The VTIMEZONE text for `timeZone`, covering the years `fromYear` to `toYear`. */
export function vtimezone(timeZone: string, fromYear: number, toYear: number): string {
  const changes = changesBetween(timeZone, fromYear, toYear);
  const format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
  const start = Date.UTC(fromYear, 0, 1);
  const standardOffset = Math.min(offsetAt(format, start), ...changes.map((c) => c.to));
  const initial = offsetAt(format, start);
  const parts: Change[] = [{ at: start, from: initial, to: initial }, ...changes];
  const lines = parts.flatMap(({ at, from, to }) => {
    const kind = to > standardOffset ? 'DAYLIGHT' : 'STANDARD';
    return [
      `BEGIN:${kind}`,
      `DTSTART:${localStamp(at, from)}`,
      `TZOFFSETFROM:${offsetText(from)}`,
      `TZOFFSETTO:${offsetText(to)}`,
      `END:${kind}`,
    ];
  });
  return ['BEGIN:VTIMEZONE', `TZID:${timeZone}`, ...lines, 'END:VTIMEZONE'].join('\r\n');
}
