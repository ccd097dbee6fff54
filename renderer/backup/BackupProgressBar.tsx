import { useTranslation } from '../i18n/use-translation';
import type { BackupProgress } from '../../shared/domain/backup';
import { useDateLocale } from '../i18n/date-locale';
import { numberFormat } from '../ui/intl-cache';

/** A bar with words beside it: what is happening and how far along, announced politely. */
export function BackupProgressBar({
  progress,
  operation,
}: {
  progress: BackupProgress | null;
  operation: 'backup' | 'restore';
}) {
  const { t } = useTranslation();
  const locale = useDateLocale();
  const percent =
    progress && progress.totalBytes > 0
      ? Math.min(100, Math.round((progress.doneBytes / progress.totalBytes) * 100))
      : null;
  const phase = progress?.phase ?? 'starting';
  return (
    <div className="backup-progress" role="status">
      <p className="backup-progress__words">
        {t(`backup.phase.${phase}`)}
        {percent !== null && ` ${numberFormat(locale, { style: 'percent' }).format(percent / 100)}`}
      </p>
      <progress
        className="backup-progress__bar"
        aria-label={t(`backup.progressLabel.${operation}`)}
        max={100}
        {...(percent !== null ? { value: percent } : {})}
      />
      <p className="field__description">{t('backup.keepOpen')}</p>
    </div>
  );
}
