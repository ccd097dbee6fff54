import { screen } from '@testing-library/react';
import type { Role } from '../../../shared/api/roles';
import { addDays, todayIn } from '../../../shared/domain/civil-dates';
import { mondayOf } from '../../../shared/domain/session-dashboard';
import type { ListCalendarDaysInput, SessionRow } from '../../../shared/domain/sessions';
import { calendarDaysFrom } from '../../../renderer/calendar/day-sessions';
import { ThisWeekPanel } from '../../../renderer/dashboard/ThisWeekPanel';
import { fakeCore, ok, renderInRouter } from '../support/render';
import { sessionsOn } from '../support/sessions';
import { SignedInAs } from '../volunteers/volunteer-routes';

// The dashboard's week at a large centre: today's first eight meetings, a link to all of them,
// and a count for each later day. Staff's days are counted in the core (listCalendarDays); a
// facilitator's come from their own groups' list. Both read the same.

const ZONE = 'Europe/London';
const today = todayIn(ZONE);
const sunday = addDays(mondayOf(today), 6);
const tomorrow = addDays(today, 1);

function theWeek(): SessionRow[] {
  const todays = sessionsOn(today, 12);
  const later = today === sunday ? [] : sessionsOn(tomorrow, 5);
  later[0] &&= { ...later[0], status: 'cancelled' };
  return [...todays, ...later];
}

async function openPanel(role: Role) {
  const week = theWeek();
  const calls = fakeCore({
    listSessions: () => ok(week),
    listCalendarDays: (input) =>
      ok(calendarDaysFrom(week, (input as ListCalendarDaysInput).perDay)),
  });
  await renderInRouter(
    <SignedInAs role={role}>
      <ThisWeekPanel timeZone={ZONE} />
    </SignedInAs>,
  );
  await screen.findByRole('link', { name: 'See all 12 sessions today' });
  return { calls, week };
}

describe.each([
  ['coordinator', 'listCalendarDays'],
  ['facilitator', 'listSessions'],
] as const)("the dashboard's week, for a %s", (role, method) => {
  it(`draws today's first eight, links to all of them, and counts the later days (from ${method})`, async () => {
    const { calls, week } = await openPanel(role);
    const sessionCalls = calls.filter((call) => /^list/.test(call.method));
    expect(sessionCalls.map((call) => call.method)).toEqual([method]);
    expect(sessionCalls[0]?.input).toMatchObject({ from: today, to: sunday });
    const drawn = screen
      .getAllByRole('listitem')
      .filter((item) => /Group \d+/.test(item.textContent ?? ''));
    expect(drawn.map((item) => item.textContent)).toEqual(
      week.slice(0, 8).map((session) => expect.stringContaining(session.groupName)),
    );
    if (today !== sunday) {
      const later = document.querySelector(`a[href*="date=${tomorrow}"]`);
      expect(later?.closest('li')?.textContent).toMatch(/5 sessions, 1 cancelled/);
    }
  });
});
