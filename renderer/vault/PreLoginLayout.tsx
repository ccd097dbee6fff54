import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { LanguageSwitcher } from '../ui/LanguageSwitcher';
import { PageHeader } from '../ui/PageHeader';

interface PreLoginLayoutProps {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
  wide?: boolean;
}

/** The frame of every screen shown before anyone is signed in. */
export function PreLoginLayout({ title, intro, children, wide = false }: PreLoginLayoutProps) {
  const { t } = useTranslation();
  return (
    <div className="pre-login">
      <header className="pre-login__bar screen-only">
        <p className="brand">{t('app.name')}</p>
        <LanguageSwitcher />
      </header>
      <main
        id="main"
        className={wide ? 'pre-login__card pre-login__card--wide' : 'pre-login__card'}
      >
        <PageHeader title={title} intro={intro} />
        {children}
      </main>
    </div>
  );
}
