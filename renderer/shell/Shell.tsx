import { Outlet } from '@tanstack/react-router';
import { useTranslation } from '../i18n/use-translation';
import { useVault } from '../app/vault-context';
import { DamagedDatabaseBanner } from './DamagedDatabaseBanner';
import { SavedToast } from '../ui/SavedToast';
import { Sidebar } from './Sidebar';
import { useIdleLock } from './useIdleLock';

/** The frame around every signed-in screen: skip link, sidebar, and the main area. */
export function Shell() {
  const { t } = useTranslation();
  const { status, lockNow } = useVault();
  useIdleLock(status.idleLockMinutes, () => void lockNow());
  return (
    <div className="shell">
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('nav.skipToMain')}
      </a>
      <Sidebar />
      <main id="main" className="shell__main" tabIndex={-1}>
        <DamagedDatabaseBanner />
        <Outlet />
      </main>
      <SavedToast />
    </div>
  );
}

/** With hash routing, following "#main" would change the route: move focus instead. */
function skipToMain(event: React.MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}
