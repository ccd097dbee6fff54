import { useTranslation } from '../../i18n/use-translation';
import type { Readiness } from '../../../shared/domain/readiness';

/** Says in words what not being ready means for this assignment; nothing when ready. */
export function ReadinessWarning({
  name,
  readiness,
  isLead,
}: {
  name: string;
  readiness: Readiness;
  isLead: boolean;
}) {
  const { t } = useTranslation();
  if (readiness.state === 'ready') return null;
  const key =
    readiness.state === 'expiring'
      ? 'facilitators.expiringWarning'
      : isLead
        ? 'facilitators.notReadyLead'
        : 'facilitators.notReadyWarning';
  return (
    <p role="status" className="alert alert--warning">
      {t(key, { name })}
    </p>
  );
}
