import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button';

interface AuditPagerProps {
  page: number;
  pages: number;
  onPage: (page: number) => void;
}

export function AuditPager({ page, pages, onPage }: AuditPagerProps) {
  const { t } = useTranslation();
  if (pages <= 1) return null;
  return (
    <nav aria-label={t('audit.pagination')} className="pager">
      <Button isDisabled={page <= 1} onPress={() => onPage(page - 1)}>
        {t('audit.previousPage')}
      </Button>
      <p aria-live="polite">{t('audit.pageOf', { page, pages })}</p>
      <Button isDisabled={page >= pages} onPress={() => onPage(page + 1)}>
        {t('audit.nextPage')}
      </Button>
    </nav>
  );
}
