import { useTranslation } from '../i18n/use-translation';
import { useVault } from '../app/vault-context';

/**
 * Shown on every screen while the check at sign-in found the database damaged: more typing may
 * be lost, so the person must know now, and an administrator what to do about it.
 */
export function DamagedDatabaseBanner() {
  const { t } = useTranslation();
  const { status } = useVault();
  if (!status.isDatabaseDamaged) return null;
  const isAdmin = status.user?.role === 'admin';
  return (
    <div role="alert" className="alert alert--error shell__banner">
      <p className="shell__banner-title">{t('databaseDamaged.title')}</p>
      <p>{t(isAdmin ? 'databaseDamaged.forAdmin' : 'databaseDamaged.forOthers')}</p>
    </div>
  );
}
