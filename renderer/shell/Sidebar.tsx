import { Link } from '@tanstack/react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { useSignedInUser, useVault } from '../app/vault-context';
import { Button } from '../ui/Button';
import { LanguageSwitcher } from '../ui/LanguageSwitcher';
import { queryKeys } from '../app/query-keys';

const NAV_ITEMS = [
  { to: '/', label: 'nav.dashboard', exact: true },
  { to: '/groups', label: 'nav.groups', exact: false },
  { to: '/locations', label: 'nav.locations', exact: false },
  { to: '/settings', label: 'nav.settings', exact: false },
] as const;

export function Sidebar() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const { lockNow, signOut } = useVault();
  const organisation = useQuery({
    queryKey: queryKeys.organisation,
    queryFn: () => call('getOrganisation', {}),
  });

  return (
    <aside className="sidebar">
      <div className="sidebar__org">
        <p className="brand">{t('app.name')}</p>
        <p className="sidebar__org-name">{organisation.data?.name ?? ''}</p>
      </div>
      <nav aria-label={t('nav.label')} className="sidebar__nav">
        <ul>
          {NAV_ITEMS.map((item) => (
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
    </aside>
  );
}
