import { useTranslation } from 'react-i18next';
import { PageHeader } from '../ui/PageHeader';
import { AutoLockSettings } from './AutoLockSettings';
import { OrganisationSettings } from './OrganisationSettings';

export function SettingsScreen() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('settings.title')} intro={t('settings.intro')} />
      <div className="settings">
        <OrganisationSettings />
        <AutoLockSettings />
      </div>
    </>
  );
}
