import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from '../i18n/use-translation';
import { useDateLocale } from '../i18n/date-locale';
import { backupStatusQuery } from './backup-queries';
import { daysSince, describeBackup } from './backup-words';

/**
 * How old the last verified backup is, and a nudge once it is older than the setting's days.
 * On the dashboard it links to the backup screen; on the backup screen it is the status line.
 */
export function LastBackupNote({ linkToBackup = false }: { linkToBackup?: boolean }) {
  const { t } = useTranslation();
  const locale = useDateLocale();
  const status = useQuery(backupStatusQuery);
  // When the page opened: the age in days does not need to tick while it is open.
  const [openedAt] = useState(Date.now);
  if (!status.data) return null;
  const { last, nagAfterDays } = status.data;
  const age = last ? daysSince(last.at, openedAt) : null;
  const isDue = age === null || age >= nagAfterDays;
  const message =
    age === null
      ? t('backup.age.never')
      : age === 0
        ? t('backup.age.today', {
            details: describeBackup({ ...last!, createdAt: last!.at }, t, locale),
          })
        : t('backup.age.daysAgo', {
            count: age,
            details: describeBackup({ ...last!, createdAt: last!.at }, t, locale),
          });
  return (
    <div className={`alert ${isDue ? 'alert--warning' : 'alert--info'}`} role="status">
      <p>{message}</p>
      {isDue && <p>{t('backup.age.nag', { count: nagAfterDays })}</p>}
      {linkToBackup && (
        <Link to="/backup" className="button button--secondary">
          {t('backup.backUpNow')}
        </Link>
      )}
    </div>
  );
}
