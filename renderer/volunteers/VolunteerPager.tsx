import { useTranslation } from '../i18n/use-translation';
import { Pager } from '../ui/Pager';
import { lastPage, VOLUNTEERS_PER_PAGE } from './volunteer-list-search';
import { numberFormat } from '../ui/intl-cache';

interface VolunteerPagerProps {
  page: number;
  total: number;
  onPage: (page: number) => void;
}

/** "Showing 51–100 of 5,004", and the table's caption saying the same. */
export function useRangeText(page: number, total: number) {
  const { t, i18n } = useTranslation();
  const number = numberFormat(i18n.language);
  const from = (page - 1) * VOLUNTEERS_PER_PAGE + 1;
  const to = Math.min(page * VOLUNTEERS_PER_PAGE, total);
  const values = { from: number.format(from), to: number.format(to), total: number.format(total) };
  return { range: t('volunteers.range', values), caption: t('volunteers.tableCaption', values) };
}

/** Previous and next page either side of where the list is. */
export function VolunteerPager({ page, total, onPage }: VolunteerPagerProps) {
  const { t } = useTranslation();
  const { range } = useRangeText(page, total);
  const pages = lastPage(total);
  return (
    <Pager
      page={page}
      pages={pages}
      onPage={onPage}
      label={t('volunteers.pages')}
      status={
        <>
          {range}
          {pages > 1 && (
            <span className="pager__page"> · {t('pager.pageOf', { page, pages })}</span>
          )}
        </>
      }
    />
  );
}
