import { useCallback, useSyncExternalStore } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { isPrintableId, PRINTABLES } from '../../shared/print/printables';
import { PRE_LOGIN_PATHS } from '../app/pre-login-path';
import { EmptyState } from '../ui/EmptyState';
import { LanguageSwitcher } from '../ui/LanguageSwitcher';
import { PreLoginLayout } from '../vault/PreLoginLayout';
import { parsePrintSearch, printHref, type PrintSearch } from './print-search';
import { PrintScreen } from './PrintScreen';

/** The print station's address of a public printable: `#/print/<id>?…`. */
export const PUBLIC_PRINT_PREFIX = '/print/';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const readQuery = () => window.location.hash.split('?')[1] ?? '';

/**
 * Before sign-in there is no router: the print station reads the printable and its options from
 * the address itself. Only public printables open here, from the public snapshot.
 */
export function PublicPrintRoute({ path }: { path: string }) {
  const { t } = useTranslation();
  const printable = path.slice(PUBLIC_PRINT_PREFIX.length);
  const query = useSyncExternalStore(subscribe, readQuery);
  const search = parsePrintSearch(Object.fromEntries(new URLSearchParams(query)));
  const setSearch = useCallback(
    (patch: Partial<PrintSearch>) => {
      const current = parsePrintSearch(Object.fromEntries(new URLSearchParams(readQuery())));
      window.location.replace(printHref(printable, { ...current, ...patch }));
    },
    [printable],
  );
  if (!isPrintableId(printable) || !PRINTABLES[printable].isPublic) {
    return (
      <PreLoginLayout title={t('print.notPublicTitle')}>
        <EmptyState title={t('print.notPublicTitle')}>
          <p>{t('print.notPublicText')}</p>
          <a href={`#${PRE_LOGIN_PATHS.publicPrinting}`}>{t('print.backToStation')}</a>
        </EmptyState>
      </PreLoginLayout>
    );
  }
  return (
    <div className="pre-login">
      <header className="pre-login__bar screen-only">
        <p className="brand">{t('app.name')}</p>
        <LanguageSwitcher />
      </header>
      <main id="main" className="public-print">
        <PrintScreen
          key={printable}
          printable={printable}
          mode="public"
          search={search}
          setSearch={setSearch}
          backHref={`#${PRE_LOGIN_PATHS.publicPrinting}`}
        />
      </main>
    </div>
  );
}
