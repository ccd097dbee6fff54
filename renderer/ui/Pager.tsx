import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { Button } from './Button';

interface PagerProps {
  page: number;
  pages: number;
  onPage: (page: number) => void;
  /** What the pages are of, for screen readers: "Pages of the volunteer list". */
  label: string;
  /** Where the list is, announced politely; "Page 2 of 7" when not given. */
  status?: ReactNode;
}

/** Previous and next page either side of where a paged list is. */
export function Pager({ page, pages, onPage, label, status }: PagerProps) {
  const { t } = useTranslation();
  return (
    <nav className="pager" aria-label={label}>
      <Button onPress={() => onPage(page - 1)} isDisabled={page <= 1}>
        <span className="icon--directional" aria-hidden="true">
          ←
        </span>{' '}
        {t('pager.previous')}
      </Button>
      <p className="pager__range" role="status">
        {status ?? t('pager.pageOf', { page, pages })}
      </p>
      <Button onPress={() => onPage(page + 1)} isDisabled={page >= pages}>
        {t('pager.next')}{' '}
        <span className="icon--directional" aria-hidden="true">
          →
        </span>
      </Button>
    </nav>
  );
}
