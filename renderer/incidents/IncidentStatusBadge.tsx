import { useTranslation } from '../i18n/use-translation';
import type { IncidentStatus } from '../../shared/domain/incidents';

/** An incident's status in words, with its own border style: never colour alone. */
export function IncidentStatusBadge({ status }: { status: IncidentStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--incident-${status}`}>{t(`incidents.status.${status}`)}</span>
  );
}
