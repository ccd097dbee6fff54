import { useTranslation } from '../i18n/use-translation';
import { Pager } from '../ui/Pager';

interface AuditPagerProps {
  page: number;
  pages: number;
  onPage: (page: number) => void;
}

export function AuditPager({ page, pages, onPage }: AuditPagerProps) {
  const { t } = useTranslation();
  if (pages <= 1) return null;
  return <Pager page={page} pages={pages} onPage={onPage} label={t('audit.pagination')} />;
}
