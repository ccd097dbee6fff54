import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { BackupResult, BackupTarget } from '../../shared/domain/backup';
import { call } from '../api/client';
import { errorMessage } from '../api/error-message';
import { useSignedInUser } from '../app/vault-context';
import { useDateLocale } from '../i18n/date-locale';
import { ErrorAlert, StatusNote } from '../ui/Alert';
import { Button } from '../ui/Button';
import { PageHeader } from '../ui/PageHeader';
import { QueryStatus } from '../ui/QueryStatus';
import { RadioGroupField } from '../ui/RadioGroupField';
import { BACKUP_QUERY_KEYS } from './backup-queries';
import { describeBackup, formatBytes } from './backup-words';
import { BackupProgressBar } from './BackupProgressBar';
import { BackupSettingsForm } from './BackupSettingsForm';
import { FolderPickerDialog } from './FolderPickerDialog';
import { LastBackupNote } from './LastBackupNote';
import { useBackupProgress } from './useBackupProgress';

/** Where the folder picker starts when no drive is offered. */
const FALLBACK_START = '/';

function targetLabel(
  target: BackupTarget,
  t: ReturnType<typeof useTranslation>['t'],
  locale: string,
) {
  return t(`backup.targetKind.${target.kind}`, {
    label: target.label,
    free: formatBytes(target.freeBytes, locale),
  });
}

export function BackupScreen() {
  const { t } = useTranslation();
  const locale = useDateLocale();
  const user = useSignedInUser();
  const queryClient = useQueryClient();
  const targets = useQuery({
    queryKey: BACKUP_QUERY_KEYS.targets,
    queryFn: () => call('listBackupTargets', {}),
  });
  const [chosenFolder, setChosenFolder] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [isPicking, setIsPicking] = useState(false);
  const backup = useMutation({
    mutationFn: (targetDir: string) => call('createBackup', { targetDir }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: BACKUP_QUERY_KEYS.all }),
  });
  const progress = useBackupProgress(backup.isPending);

  const offered: BackupTarget[] = [
    ...(targets.data ?? []),
    ...(chosenFolder && !targets.data?.some((d) => d.path === chosenFolder)
      ? [
          {
            path: chosenFolder,
            label: chosenFolder,
            freeBytes: Number.NaN,
            kind: 'folder' as const,
          },
        ]
      : []),
  ];
  const target = selected ?? offered[0]?.path ?? null;

  return (
    <>
      <PageHeader title={t('backup.title')} intro={t('backup.intro')} />
      <LastBackupNote />
      <section className="backup-panel" aria-labelledby="backup-where">
        <h2 id="backup-where">{t('backup.whereHeading')}</h2>
        <QueryStatus
          isPending={targets.isPending}
          error={targets.error}
          onRetry={() => void targets.refetch()}
        />
        {targets.data && offered.length === 0 && <p>{t('backup.noDrives')}</p>}
        {offered.length > 0 && (
          <RadioGroupField
            label={t('backup.targetLabel')}
            value={target ?? ''}
            onChange={setSelected}
            options={offered.map((d) => ({
              value: d.path,
              label: Number.isNaN(d.freeBytes) ? d.label : targetLabel(d, t, locale),
              description: d.path,
            }))}
          />
        )}
        <div className="backup-panel__actions">
          <Button onPress={() => setIsPicking(true)} isDisabled={backup.isPending}>
            {t('backup.chooseFolder')}
          </Button>
          <Button
            variant="primary"
            className="button--large"
            isDisabled={target === null || backup.isPending}
            onPress={() => target && backup.mutate(target)}
          >
            {t('backup.backUpNow')}
          </Button>
        </div>
        {backup.isPending && <BackupProgressBar progress={progress} operation="backup" />}
        {backup.data && <BackupDone result={backup.data} />}
        <ErrorAlert>{backup.error ? errorMessage(t, backup.error) : null}</ErrorAlert>
      </section>
      {user.role === 'admin' && (
        <>
          <section className="backup-panel" aria-labelledby="backup-restore">
            <h2 id="backup-restore">{t('backup.restoreHeading')}</h2>
            <p>{t('backup.restoreIntro')}</p>
            <Link to="/backup/restore" className="button button--secondary">
              {t('backup.restoreLink')}
            </Link>
          </section>
          <BackupSettingsForm />
        </>
      )}
      {isPicking && (
        <FolderPickerDialog
          mode="folder"
          startPath={target ?? FALLBACK_START}
          onClose={() => setIsPicking(false)}
          onChoose={(path) => {
            setChosenFolder(path);
            setSelected(path);
            setIsPicking(false);
          }}
        />
      )}
    </>
  );
}

function BackupDone({ result }: { result: BackupResult }) {
  const { t } = useTranslation();
  const locale = useDateLocale();
  return (
    <StatusNote>
      <strong>{describeBackup(result, t, locale)}</strong>
      <br />
      {t('backup.savedAs')} <bdi dir="ltr">{result.file}</bdi>
    </StatusNote>
  );
}
