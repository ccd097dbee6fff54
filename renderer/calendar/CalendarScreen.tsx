import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from '../i18n/use-translation';
import { todayIn } from '../../shared/domain/civil-dates';
import { organisationQuery } from '../app/organisation-query';
import { csvFileName, sessionsCsv } from '../csv-export/list-csv';
import { useCsvExport } from '../csv-export/useCsvExport';
import { EmptyState } from '../ui/EmptyState';
import { PageHeader } from '../ui/PageHeader';
import { QueryStatus } from '../ui/QueryStatus';
import { useCalendarFormat, type CalendarFormat } from './calendar-format';
import {
  calendarStateOf,
  daysFrom,
  dropDefaults,
  toListSessionsInput,
  visibleRange,
  type CalendarState,
} from './calendar-search';
import { CalendarFilterBar } from './CalendarFilterBar';
import { CalendarToolbar } from './CalendarToolbar';
import { DayLists } from './DayLists';
import { daysShownFromSessions } from './day-sessions';
import { useCalendarSessions } from './use-calendar-sessions';
import { useListPage } from '../ui/usePagedRows';
import { MonthView } from './MonthView';

/** Month, week and agenda of every session the caller may see (a facilitator: their groups'). */
export function CalendarScreen() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const state = calendarStateOf(useSearch({ from: '/calendar' }));
  const show = (next: CalendarState) =>
    void navigate({ to: '/calendar', search: dropDefaults(next) });
  const timeZone = useQuery(organisationQuery).data?.timeZone;
  // The centre's today, not this computer's: the calendar is the centre's.
  const today = todayIn(timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone);
  const format = useCalendarFormat();
  const date = state.date || today;
  const range = visibleRange(state.view, date);
  const title = periodTitle(state, range, date, format, t);

  const input = toListSessionsInput(state, today);
  // The period and filters on screen (a month view's whole weeks, as shown): the agenda's page
  // and the export start again when it changes.
  const listKey = JSON.stringify(input);
  // A large centre's four-week agenda holds over a thousand meetings: a page of them at a time.
  const agendaPage = useListPage({ label: t('listPages.agenda'), listKey });
  const sessions = useCalendarSessions(state.view, input, {
    enabled: timeZone !== undefined,
    agendaPage: agendaPage.page,
  });
  const { days, agenda } = sessions;
  const agendaDays = useMemo(() => agenda && daysShownFromSessions(agenda), [agenda]);
  const agendaPager = agendaPage.pagerFor(agenda && sessions.count);
  const csvExport = useCsvExport({
    listKey,
    count: sessions.isPlaceholderData ? undefined : sessions.count,
    fileName: () => csvFileName('sessions', `${range.from}-to-${range.to}`),
    build: async () => {
      const rows = await sessions.everySession();
      const zone = timeZone ?? 'UTC';
      const csv = sessionsCsv(rows, { t, language: i18n.language, timeZone: zone });
      return { csv, rows: rows.length };
    },
  });
  return (
    <>
      <PageHeader
        title={t('calendar.title')}
        intro={t('calendar.intro')}
        actions={csvExport.button}
      />
      {csvExport.status}
      <CalendarFilterBar filters={state} onChange={(change) => show({ ...state, ...change })} />
      <CalendarToolbar
        view={state.view}
        date={date}
        title={title}
        onShow={(change) => show({ ...state, ...change })}
      />
      <QueryStatus
        isPending={sessions.isPending}
        error={sessions.error}
        onRetry={sessions.refetch}
      />
      {days && state.view === 'month' && (
        <MonthView
          state={state}
          range={range}
          today={today}
          days={days}
          format={format}
          title={title}
        />
      )}
      {days && state.view === 'week' && (
        <DayLists
          dates={daysFrom(range.from, range.to)}
          today={today}
          days={days}
          format={format}
          isEmptyDayShown
          variant="week"
          moreFrom={state}
        />
      )}
      {agendaDays && state.view === 'agenda' && agendaDays.size > 0 && (
        <>
          <DayLists
            dates={daysFrom(range.from, range.to)}
            today={today}
            days={agendaDays}
            format={format}
            isEmptyDayShown={false}
            variant="agenda"
          />
          {agendaPager}
        </>
      )}
      {agenda && state.view === 'agenda' && sessions.count === 0 && (
        <EmptyState title={t('calendar.emptyTitle')}>{t('calendar.emptyText')}</EmptyState>
      )}
    </>
  );
}

/** "March 2026", "9 – 15 March 2026" or "From Tuesday 10 March": what the period is. */
function periodTitle(
  state: CalendarState,
  range: { from: string; to: string },
  date: string,
  format: CalendarFormat,
  t: (key: string, values?: Record<string, string>) => string,
): string {
  if (state.view === 'month') return format.month(date);
  return t(`calendar.period.${state.view}`, {
    from: format.day(range.from),
    to: format.dayWithYear(range.to),
  });
}
