import { useTranslation } from 'react-i18next';
import type { GroupStatus } from '../../shared/domain/groups';

/** Status in words, with a border style too: never colour alone. */
export function StatusBadge({ status }: { status: GroupStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${status}`}>{t(`enums.status.${status}`)}</span>;
}
