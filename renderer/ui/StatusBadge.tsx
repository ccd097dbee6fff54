import type { TFunction } from 'i18next';
import { useTranslation } from '../i18n/use-translation';
import type { GroupStatus } from '../../shared/domain/groups';

/** Status in words, with a border style too: never colour alone. */
export function StatusBadge({ status }: { status: GroupStatus }) {
  const { t } = useTranslation();
  return statusBadge(status, t);
}

/** The badge for a list's rows, drawn with the list's `t` (no hook per row). */
export function statusBadge(status: GroupStatus, t: TFunction) {
  return <span className={`badge badge--${status}`}>{t(`enums.status.${status}`)}</span>;
}
