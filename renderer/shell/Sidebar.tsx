import { useRef, useState } from 'react';
import { Link, useRouterState } from '@tanstack/react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '../i18n/use-translation';
import { call } from '../api/client';
import { canCall } from '../app/can-call';
import { useSignedInUser, useVault } from '../app/vault-context';
import { Button } from '../ui/Button';
import { LanguageSwitcher } from '../ui/LanguageSwitcher';
import { queryKeys } from '../app/query-keys';

// Each item names the method its screen needs: a role that may not call it does not see it.
const NAV_ITEMS = [
  { to: '/', label: 'nav.dashboard', exact: true, method: 'getDashboard' },
  { to: '/calendar', label: 'nav.calendar', exact: false, method: 'listSessions' },
  { to: '/groups', label: 'nav.groups', exact: false, method: 'listGroups' },
  { to: '/locations', label: 'nav.locations', exact: false, method: 'listLocations' },
  { to: '/volunteers', label: 'nav.volunteers', exact: false, method: 'listVolunteers' },
  { to: '/trainings', label: 'nav.trainings', exact: false, method: 'listTrainings' },
  { to: '/closures', label: 'nav.closures', exact: false, method: 'listClosures' },
  { to: '/incidents', label: 'nav.incidents', exact: false, method: 'listIncidents' },
  { to: '/hours', label: 'nav.hours', exact: false, method: 'listVolunteerHours' },
  { to: '/print', label: 'nav.print', exact: false, method: 'getPublicPrintData' },
  { to: '/resources', label: 'nav.resources', exact: false, method: 'createResource' },
  { to: '/backup', label: 'nav.backup', exact: false, method: 'createBackup' },
  { to: '/settings', label: 'nav.settings', exact: false, method: 'changePassword' },
  { to: '/audit', label: 'nav.audit', exact: false, method: 'listAuditLog' },
  { to: '/users', label: 'nav.users', exact: false, method: 'listUsers' },
] as const;

/**
 * The navigation, the signed-in person and their buttons. In a narrow window (or at 200 % zoom)
 * the stylesheet folds all of it behind a "Menu" button; in a wide one the button is hidden.
 */
export function Sidebar() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const { lockNow, signOut } = useVault();
  const [isMenuOpen, setIsMenuOpen] = useState(false);
  // Any move to another page (a link, browser back, a save) folds the menu away again.
  const path = useRouterState({ select: (state) => state.location.pathname });
  const [menuOpenedAt, setMenuOpenedAt] = useState(path);
  if (menuOpenedAt !== path) {
    setMenuOpenedAt(path);
    setIsMenuOpen(false);
  }
  const menuButton = useRef<HTMLButtonElement>(null);
  const organisation = useQuery({
    queryKey: queryKeys.organisation,
    queryFn: () => call('getOrganisation', {}),
  });

  const closeMenuOnEscape = (event: React.KeyboardEvent) => {
    if (event.key !== 'Escape' || !isMenuOpen) return;
    setIsMenuOpen(false);
    menuButton.current?.focus();
  };

  return (
    <aside className="sidebar" data-menu-open={isMenuOpen} onKeyDown={closeMenuOnEscape}>
      <div className="sidebar__top">
        <div className="sidebar__org">
          <p className="brand">{t('app.name')}</p>
          <p className="sidebar__org-name">{organisation.data?.name ?? ''}</p>
        </div>
        <Button
          ref={menuButton}
          className="sidebar__menu-button"
          aria-expanded={isMenuOpen}
          aria-controls="sidebar-menu"
          onPress={() => setIsMenuOpen(!isMenuOpen)}
        >
          {t('nav.menu')}
        </Button>
      </div>
      <div id="sidebar-menu" className="sidebar__menu">
        <nav aria-label={t('nav.label')} className="sidebar__nav">
          <ul>
            {NAV_ITEMS.filter((item) => canCall(user.role, item.method)).map((item) => (
              <li key={item.to}>
                <Link to={item.to} activeOptions={{ exact: item.exact }} className="sidebar__link">
                  {t(item.label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="sidebar__user">
          <p>
            <span className="visually-hidden">{t('nav.signedInAs')} </span>
            <strong>{user.displayName}</strong>
            <br />
            <span className="sidebar__role">{t(`enums.role.${user.role}`)}</span>
          </p>
          <div className="sidebar__buttons">
            <Button onPress={() => void lockNow()}>{t('nav.lock')}</Button>
            <Button variant="quiet" onPress={() => void signOut()}>
              {t('nav.signOut')}
            </Button>
          </div>
          <LanguageSwitcher />
        </div>
      </div>
    </aside>
  );
}
