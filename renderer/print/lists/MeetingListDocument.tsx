import { useTranslation } from '../../i18n/use-translation';
import type { PublicSnapshot } from '../../../shared/domain/public-snapshot';
import { capitalise, weekdayName } from '../../groups/describe-schedule';
import { EmptyState } from '../../ui/EmptyState';
import { PrintSheet } from '../PrintDocument';
import { PrintQueryStatus } from '../PrintQueryStatus';
import { usePrint } from '../print-context';
import { usePublicData } from '../use-public-data';
import { ContactFooter, FormatLegend, ListHeader } from './ListFrame';
import { PlaceAndFocusPickers } from './ListSubject';
import { MeetingDayTable } from './MeetingDayTable';
import { meetingDays } from './meeting-days';
import { firstDayOfWeek, matchingGroups } from './public-filters';

/** Screen only: what to do when nothing is listed (or nothing matches the choices). */
export function NothingToList() {
  const { t } = useTranslation();
  return (
    <div className="screen-only">
      <EmptyState title={t('printLists.noneTitle')}>{t('printLists.noneText')}</EmptyState>
    </div>
  );
}

function MeetingList({ data }: { data: PublicSnapshot }) {
  const { t, locale, today, search } = usePrint();
  const filter = { locationId: search.locationId, focus: search.focus };
  const isShown = matchingGroups(data.groups, filter);
  const groups = data.groups.filter((_, index) => isShown[index]);
  const days = meetingDays(groups, today, firstDayOfWeek(locale));
  return (
    <PrintSheet className="print-lists">
      <ListHeader data={data} title={t('print.printables.meeting-list.title')} filter={filter} />
      <FormatLegend />
      {days.length === 0 && <NothingToList />}
      {days.map(({ day, groups: ofDay }) => (
        <MeetingDayTable
          key={day ?? 'other'}
          heading={day ? capitalise(weekdayName(day, locale), locale) : t('printLists.otherDays')}
          groups={ofDay}
        />
      ))}
      <ContactFooter data={data} />
    </PrintSheet>
  );
}

/** The weekly meeting list of the listed groups, by day of the week. */
export function MeetingListDocument() {
  const query = usePublicData();
  if (!query.data) return <PrintQueryStatus {...query} onRetry={() => void query.refetch()} />;
  return <MeetingList data={query.data} />;
}

export function MeetingListSubject() {
  const { data } = usePublicData();
  return <PlaceAndFocusPickers groups={data?.groups ?? []} />;
}
