import { Link } from '@tanstack/react-router';
import { useTranslation } from '../i18n/use-translation';
import { useSignedInUser } from '../app/vault-context';
import { PageHeader } from '../ui/PageHeader';

/** What a hand-typed address for a screen this account may not use shows instead of it. */
export function NotAllowedScreen() {
  const { t } = useTranslation();
  const { role } = useSignedInUser();
  return (
    <>
      <PageHeader title={t('notAllowed.title')} intro={t('notAllowed.intro')} />
      <p>{t('notAllowed.account', { role: t(`enums.role.${role}`) })}</p>
      <p>{t('notAllowed.whatToDo')}</p>
      <Link to="/">{t('notAllowed.backToDashboard')}</Link>
    </>
  );
}
