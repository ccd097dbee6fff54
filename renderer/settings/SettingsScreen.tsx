import { useTranslation } from '../i18n/use-translation';
import { useSignedInUser } from '../app/vault-context';
import { PageHeader } from '../ui/PageHeader';
import { AutoLockSettings } from './AutoLockSettings';
import { ChangePasswordSettings } from './ChangePasswordSettings';
import { OrganisationSettings } from './OrganisationSettings';
import { PublicPrintingSettings } from './PublicPrintingSettings';
import { RecoveryKeySettings } from './RecoveryKeySettings';
import { SessionHorizonSettings } from './SessionHorizonSettings';

export function SettingsScreen() {
  const { t } = useTranslation();
  const isAdmin = useSignedInUser().role === 'admin';
  return (
    <>
      <PageHeader title={t('settings.title')} intro={t('settings.intro')} />
      <div className="settings">
        <OrganisationSettings />
        <AutoLockSettings />
        <ChangePasswordSettings />
        {isAdmin && <RecoveryKeySettings />}
        {isAdmin && <PublicPrintingSettings />}
        {isAdmin && <SessionHorizonSettings />}
      </div>
    </>
  );
}
