import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '../i18n/use-translation';
import { SESSION_HORIZON_WEEKS } from '../../shared/domain/sessions';
import { queryKeys } from '../app/query-keys';
import { QueryStatus } from '../ui/QueryStatus';
import { NumberSettingForm } from './NumberSettingForm';
import { settingsQuery } from './settings-query';

/** How far ahead sessions exist: an admin's choice (a longer horizon fills in at once). */
export function SessionHorizonSettings() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const settings = useQuery(settingsQuery);
  return (
    <section className="card" aria-labelledby="settings-session-horizon">
      <h2 id="settings-session-horizon">{t('settings.sessionHorizonHeading')}</h2>
      <QueryStatus
        isPending={settings.isPending}
        error={settings.error}
        onRetry={() => void settings.refetch()}
      />
      {settings.data && (
        <NumberSettingForm
          name="sessionHorizonWeeks"
          settings={settings.data}
          label={t('settings.fields.sessionHorizonWeeks')}
          description={t('settings.hints.sessionHorizonWeeks', SESSION_HORIZON_WEEKS)}
          saveLabel={t('settings.saveSessionHorizon')}
          onSaved={() => queryClient.invalidateQueries({ queryKey: queryKeys.sessions })}
        />
      )}
    </section>
  );
}
