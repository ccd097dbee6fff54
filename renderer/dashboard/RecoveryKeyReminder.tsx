import { Link } from '@tanstack/react-router';
import { useTranslation } from '../i18n/use-translation';
import { useSignedInUser } from '../app/vault-context';
import { RECOVERY_KEY_SECTION, useRecoveryKeyStatus } from '../settings/recovery-key-status';

/** Until an admin has typed the recovery key back from paper, the dashboard asks them to. */
export function RecoveryKeyReminder() {
  const { t } = useTranslation();
  const isAdmin = useSignedInUser().role === 'admin';
  const status = useRecoveryKeyStatus(isAdmin);
  if (!isAdmin || status.data?.isConfirmed !== false) return null;
  return (
    <section className="reminder" aria-labelledby="recovery-reminder-title">
      <h2 id="recovery-reminder-title">{t('recoveryReminder.title')}</h2>
      <p>{t('recoveryReminder.text')}</p>
      <Link to="/settings" hash={RECOVERY_KEY_SECTION} className="button button--primary">
        {t('recoveryReminder.action')}
      </Link>
    </section>
  );
}
