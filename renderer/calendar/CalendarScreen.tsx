import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { todayIn } from '../../shared/domain/civil-dates';
import { organisationQuery } from '../app/organisation-query';
import { sessionListQuery } from '../groups/group-queries';
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
import { SESSIONS_PER_WEEK_DAY } from './day-sessions';
import { usePagedRows } from '../ui/usePagedRows';
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
  const sessions = useQuery({
    ...sessionListQuery(input),
    placeholderData: keepPreviousData,
    enabled: timeZone !== undefined,
  });
  const data = sessions.data;
  // The period and filters on screen (a month view's whole weeks, as shown): the agenda's page
  // and the export start again when it changes.
  const listKey = JSON.stringify(input);
  // A large centre's four-week agenda holds over a thousand meetings: a page of them at a time.
  const agendaPage = usePagedRows(data ?? [], {
    label: t('listPages.agenda'),
    listKey,
  });
  const csvExport = useCsvExport({
    listKey,
    count: data && !sessions.isPlaceholderData ? data.length : undefined,
    fileName: () => csvFileName('sessions', `${range.from}-to-${range.to}`),
    build: () => {
      const rows = data ?? [];
      const zone = timeZone ?? 'UTC';
      const csv = sessionsCsv(rows, { t, language: i18n.language, timeZone: zone });
      return Promise.resolve({ csv, rows: rows.length });
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
        onRetry={() => void sessions.refetch()}
      />
      {data && state.view === 'month' && (
        <MonthView
          state={state}
          range={range}
          today={today}
          sessions={data}
          format={format}
          title={title}
        />
      )}
      {data && state.view === 'week' && (
        <DayLists
          days={daysFrom(range.from, range.to)}
          today={today}
          sessions={data}
          format={format}
          isEmptyDayShown
          variant="week"
          perDay={{ limit: SESSIONS_PER_WEEK_DAY, state }}
        />
      )}
      {data && state.view === 'agenda' && data.length > 0 && (
        <>
          <DayLists
            days={daysFrom(range.from, range.to)}
            today={today}
            sessions={agendaPage.shown}
            format={format}
            isEmptyDayShown={false}
            variant="agenda"
          />
          {agendaPage.pager}
        </>
      )}
      {data && state.view === 'agenda' && data.length === 0 && (
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
