import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { I18nProvider } from 'react-aria-components';
import { useTranslation } from './use-translation';
import { organisationQuery } from '../app/organisation-query';
import { dateLocale } from './date-locale';

/**
 * react-aria's own words (a dialog's hidden "Dismiss", a combo box's "Show suggestions", the
 * names of a date's segments) follow the UI language everywhere, and its date and time fields
 * write the date region's way (the same locale as `useDateLocale`): one provider for the window.
 * Without it they would speak the browser's language.
 */
export function AriaLanguage({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  // Never asks the core (before sign-in it cannot answer): the organisation's region is read
  // from the cache, which the sidebar fills while someone is signed in and a sign-out empties.
  const region = useQuery({ ...organisationQuery, enabled: false }).data?.dateRegion;
  return (
    <I18nProvider locale={dateLocale(i18n.language, navigator.languages, region)}>
      {children}
    </I18nProvider>
  );
}
