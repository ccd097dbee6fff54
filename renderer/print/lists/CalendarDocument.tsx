import { useTranslation } from '../../i18n/use-translation';
import type { PublicSnapshot } from '../../../shared/domain/public-snapshot';
import {
  monthDates,
  monthOf,
  monthsBetween,
  monthsFrom,
} from '../../../shared/print/calendar-months';
import { WEEKDAYS } from '../../../shared/schedule/rrule';
import { formatCivilDate } from '../../ui/format';
import { dateTimeFormat } from '../../ui/intl-cache';
import { SelectField } from '../../ui/SelectField';
import { capitalise } from '../../groups/describe-schedule';
import { PrintSheet } from '../PrintDocument';
import { PrintQueryStatus } from '../PrintQueryStatus';
import { usePrint } from '../print-context';
import { calendarDays, calendarWeeks } from './calendar-days';
import { BusyDay, CalendarGrid } from './CalendarGrid';
import { ContactFooter, FormatLegend, ListHeader } from './ListFrame';
import { PlaceAndFocusPickers } from './ListSubject';
import { weekFrom } from './meeting-days';
import { firstDayOfWeek, matchingGroups, placesOf } from './public-filters';
import { useCalendarData, useCalendarMonth } from './use-calendar-data';

/** "December 2026", in the printout's language. */
function monthName(month: string, locale: string): string {
  const name = dateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${month}-15T12:00:00Z`));
  return capitalise(name, locale);
}

function Calendar({ data, month }: { data: PublicSnapshot; month: string }) {
  const { t, locale, search, isLargePrint } = usePrint();
  const filter = { locationId: search.locationId, focus: search.focus };
  const isShown = matchingGroups(data.groups, filter);
  const place = placesOf(data.groups).find((p) => p.id === filter.locationId)?.name;
  const shown = {
    ...data,
    closures: data.closures.filter((c) => !place || c.place === null || c.place === place),
  };
  const days = calendarDays(shown, month, isShown);
  const firstDay = firstDayOfWeek(locale);
  const weekdays = weekFrom(firstDay).map((day) =>
    capitalise(
      dateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(
        // 1 January 2024 was a Monday.
        new Date(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day))),
      ),
      locale,
    ),
  );
  const cellLimit = isLargePrint ? 3 : 5;
  const busyDays = [...days.values()].filter((day) => day.meetings.length > cellLimit);
  const hasMeetings = [...days.values()].some((day) => day.meetings.length > 0);
  const monthEnd = monthDates(month).to;
  const scheduledTo = data.sessionWindow.to;
  return (
    <PrintSheet className="print-lists print-calendar">
      <ListHeader
        data={data}
        title={`${t('print.printables.calendar.title')}: ${monthName(month, locale)}`}
        filter={filter}
      />
      {scheduledTo < monthEnd && (
        <p className="print-calendar__note">
          {t('printLists.calendar.notScheduled', {
            date: formatCivilDate(scheduledTo, locale),
          })}
        </p>
      )}
      {!hasMeetings && (
        <p className="print-calendar__note">{t('printLists.calendar.noMeetings')}</p>
      )}
      <CalendarGrid
        data={data}
        weeks={calendarWeeks(month, firstDay)}
        weekdayNames={weekdays}
        days={days}
        cellLimit={cellLimit}
      />
      {busyDays.length > 0 && (
        <section className="print-calendar__busy">
          <h2>{t('printLists.calendar.busyDays')}</h2>
          <FormatLegend />
          {busyDays.map((day) => (
            <BusyDay
              key={day.date}
              data={data}
              day={day}
              heading={capitalise(
                dateTimeFormat(locale, {
                  weekday: 'long',
                  day: 'numeric',
                  month: 'long',
                  timeZone: 'UTC',
                }).format(new Date(`${day.date}T12:00:00Z`)),
                locale,
              )}
            />
          ))}
        </section>
      )}
      <ContactFooter data={data} />
    </PrintSheet>
  );
}

/** The monthly calendar of the listed groups' meetings. */
export function CalendarDocument() {
  const month = useCalendarMonth();
  const query = useCalendarData();
  if (!query.data) return <PrintQueryStatus {...query} onRetry={() => void query.refetch()} />;
  return <Calendar data={query.data} month={month} />;
}

/** The months one can print: the next twelve signed in; the snapshot's months at the station. */
function useMonthOptions(data: PublicSnapshot | undefined): string[] {
  const { mode, today } = usePrint();
  const month = useCalendarMonth();
  const months =
    mode === 'signedIn' || !data
      ? monthsFrom(monthOf(today), 12)
      : monthsBetween(monthOf(data.sessionWindow.from), monthOf(data.sessionWindow.to));
  return months.includes(month) ? months : [month, ...months].sort();
}

export function CalendarSubject() {
  const { t, i18n } = useTranslation();
  const { setSearch } = usePrint();
  const month = useCalendarMonth();
  const { data } = useCalendarData();
  return (
    <>
      <SelectField
        label={t('printLists.subject.month')}
        value={month}
        onChange={(value) => setSearch({ month: value })}
        options={useMonthOptions(data).map((value) => ({
          value,
          label: monthName(value, i18n.language),
        }))}
      />
      <PlaceAndFocusPickers groups={data?.groups ?? []} />
    </>
  );
}
