import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
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
