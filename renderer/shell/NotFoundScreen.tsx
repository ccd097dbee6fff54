import { Link } from '@tanstack/react-router';
import { useTranslation } from '../i18n/use-translation';
import { PageHeader } from '../ui/PageHeader';

export function NotFoundScreen() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('notFound.title')} intro={t('notFound.intro')} />
      <Link to="/">{t('notFound.backToDashboard')}</Link>
    </>
  );
}
