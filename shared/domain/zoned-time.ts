// Civil dates in a named time zone turned into instants, with Intl alone (no Temporal in Node 22).

/** How far the zone's wall clock is ahead of UTC at `instant`, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a wall-clock time (HH:MM) on a civil date (YYYY-MM-DD) happens in `timeZone`, as
 * an ISO string in UTC. The offset is looked up twice, so a time just after a clock change comes
 * out right; a time the clocks skip (02:30 on a spring-forward night) lands after the gap.
 */
export function zonedInstant(date: string, time: string, timeZone: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const guess = wall - offsetAt(wall, timeZone);
  return new Date(wall - offsetAt(guess, timeZone)).toISOString();
}

/** The instant a civil date (YYYY-MM-DD) begins in `timeZone`, as an ISO string in UTC. */
export function startOfCivilDay(date: string, timeZone: string): string {
  return zonedInstant(date, '00:00', timeZone);
}

/** The civil date after `date`. */
export function nextCivilDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

// One formatter per zone: a rota reads the end time of thousands of sessions.
const wallClocks = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock time (HH:MM) an instant reads in `timeZone`: where a session ends, say. */
export function wallTimeAt(instant: string, timeZone: string): string {
  let clock = wallClocks.get(timeZone);
  if (clock === undefined) {
    clock = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      hour: '2-digit',
      minute: '2-digit',
    });
    wallClocks.set(timeZone, clock);
  }
  return clock.format(Date.parse(instant));
}
