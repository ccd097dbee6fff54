import { useTranslation } from '../i18n/use-translation';
import { PreLoginLayout } from './PreLoginLayout';

/**
 * The browser host was started again since this address was printed (or the address lost its
 * token): retrying cannot help, so say where the right address comes from.
 */
export function StaleAddressScreen() {
  const { t } = useTranslation();
  return (
    <PreLoginLayout title={t('app.staleAddress')}>
      <p role="alert">{t('errors.STALE_ADDRESS')}</p>
    </PreLoginLayout>
  );
}
