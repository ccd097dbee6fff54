import { screen, within } from '@testing-library/react';
import type { SessionRow } from '../../../shared/domain/sessions';
import { useCalendarFormat } from '../../../renderer/calendar/calendar-format';
import {
  calendarStateOf,
  daysFrom,
  visibleRange,
  type CalendarState,
} from '../../../renderer/calendar/calendar-search';
import {
  daysShownFromCalendarDays,
  daysShownFromSessions,
  type DayShown,
} from '../../../renderer/calendar/day-sessions';
import { DayLists } from '../../../renderer/calendar/DayLists';
import { MonthView } from '../../../renderer/calendar/MonthView';
import { renderInRouter } from '../support/render';
import { sessionsOn } from '../support/sessions';

// A large centre's month and week (50 meetings a day): the views draw the first few of a day and
// link to the rest, so the grid stays readable and short however busy the centre is.

// jsdom's language is en-US: "Tuesday, August 11" there, "Tuesday 11 August" in en-GB.
const day = (month: string, date: number) =>
  new RegExp(`Tuesday,? (${month} ${date}|${date} ${month})`);

const busy = (days: readonly string[], perDay: number) =>
  days.flatMap((day) => sessionsOn(day, perDay));

/** The month from the whole list (a facilitator's), or from the core's days (staff's). */
function Month({
  state,
  sessions,
  days = daysShownFromSessions(sessions, 2),
}: {
  state: CalendarState;
  sessions: SessionRow[];
  days?: ReadonlyMap<string, DayShown>;
}) {
  const format = useCalendarFormat();
  const range = visibleRange('month', state.date);
  return (
    <MonthView
      state={state}
      range={range}
      today="2026-03-10"
      days={days}
      format={format}
      title="March 2026"
    />
  );
}

function Days(props: { state: CalendarState; sessions: SessionRow[]; week: boolean }) {
  const format = useCalendarFormat();
  const range = visibleRange(props.state.view, props.state.date);
  return (
    <DayLists
      dates={daysFrom(range.from, range.to)}
      today="2026-03-10"
      days={daysShownFromSessions(props.sessions, props.week ? 10 : undefined)}
      format={format}
      isEmptyDayShown={props.week}
      variant={props.week ? 'week' : 'agenda'}
      moreFrom={props.week ? props.state : undefined}
    />
  );
}

const sessionLinks = (root: HTMLElement) =>
  within(root)
    .queryAllByRole('link')
    .filter((link) => link.classList.contains('calendar-session'));

describe('the calendar month and week of a busy centre', () => {
  it('draws two sessions a day in the month, and links the rest to the list from that day', async () => {
    // August 2026 spans six weeks (Monday 27 July to Sunday 6 September): 42 cells.
    const state = calendarStateOf({ date: '2026-08-01', focus: 'grief' });
    const range = visibleRange('month', state.date);
    await renderInRouter(
      <Month state={state} sessions={busy(daysFrom(range.from, range.to), 50)} />,
    );
    const table = screen.getByRole('table');
    expect(sessionLinks(table)).toHaveLength(42 * 2);
    const cell = within(table).getByRole('cell', { name: day('August', 11) });
    expect(sessionLinks(cell).map((link) => link.textContent)).toEqual([
      expect.stringMatching(/^8:00\s?AM Group 1$|^08:00 Group 1$/),
      expect.stringMatching(/^8:15\s?AM Group 2$|^08:15 Group 2$/),
    ]);
    const more = within(cell).getByRole('link', { name: /^48 more · / });
    expect(more.textContent).toMatch(day('August', 11));
    expect(more.getAttribute('href')).toBe('/calendar?view=agenda&date=2026-08-11&focus=grief');
  });

  it('draws the days staff receive from the core (first two and a count) as it draws the whole list', async () => {
    const state = calendarStateOf({ date: '2026-08-01', focus: 'grief' });
    const range = visibleRange('month', state.date);
    const all = busy(daysFrom(range.from, range.to), 50);
    const days = daysFrom(range.from, range.to).map((date) => ({
      date,
      sessions: all.filter((session) => session.localDate === date).slice(0, 2),
      total: 50,
      cancelled: 0,
    }));
    const fromList = await renderInRouter(<Month state={state} sessions={all} />);
    const drawn = fromList.container.innerHTML;
    fromList.unmount();
    const fromDays = await renderInRouter(
      <Month state={state} sessions={[]} days={daysShownFromCalendarDays(days)} />,
    );
    expect(fromDays.container.innerHTML).toBe(drawn);
    expect(
      within(screen.getByRole('table')).getAllByRole('link', { name: /^48 more/ }),
    ).toHaveLength(42);
  });

  it('draws a quiet day whole, with no link to more', async () => {
    const state = calendarStateOf({ date: '2026-03-01' });
    await renderInRouter(<Month state={state} sessions={sessionsOn('2026-03-10', 2)} />);
    const cell = screen.getByRole('cell', { name: day('March', 10) });
    expect(sessionLinks(cell)).toHaveLength(2);
    expect(within(cell).queryByRole('link', { name: /more/ })).toBeNull();
  });

  it('draws ten sessions a day in the week, each day with a link to the rest', async () => {
    const state = calendarStateOf({ view: 'week', date: '2026-03-10' });
    const range = visibleRange('week', state.date);
    const days = daysFrom(range.from, range.to);
    await renderInRouter(<Days state={state} sessions={busy(days, 56)} week />);
    expect(sessionLinks(document.body)).toHaveLength(7 * 10);
    const tuesday = screen.getByRole('heading', { name: day('March', 10) }).closest('li')!;
    const more = within(tuesday).getByRole('link', { name: /^46 more · / });
    expect(more.textContent).toMatch(day('March', 10));
    expect(more.getAttribute('href')).toBe('/calendar?view=agenda&date=2026-03-10');
  });

  it('keeps every session of the page in the list (agenda), with no link to more', async () => {
    const state = calendarStateOf({ view: 'agenda', date: '2026-03-10' });
    await renderInRouter(
      <Days state={state} sessions={sessionsOn('2026-03-10', 30)} week={false} />,
    );
    expect(sessionLinks(document.body)).toHaveLength(30);
    expect(screen.queryByRole('link', { name: /more/ })).toBeNull();
  });
});
