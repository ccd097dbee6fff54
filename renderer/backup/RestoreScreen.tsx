import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { SafetyCopy } from '../../shared/domain/backup';
import { call } from '../api/client';
import { errorMessage } from '../api/error-message';
import { useVault } from '../app/vault-context';
import { useDateLocale } from '../i18n/date-locale';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { PageHeader } from '../ui/PageHeader';
import { QueryStatus } from '../ui/QueryStatus';
import { BACKUP_QUERY_KEYS } from './backup-queries';
import { describeCounts, formatBytes, formatInstant } from './backup-words';
import { noteRestoreDone } from './restore-notice';
import { RestoreWizard } from './RestoreWizard';

export function RestoreScreen() {
  const { t } = useTranslation();
  const status = useQuery({
    queryKey: BACKUP_QUERY_KEYS.status,
    queryFn: () => call('getBackupStatus', {}),
  });
  return (
    <>
      <PageHeader title={t('restore.title')} intro={t('restore.intro')} />
      {status.data && (
        <RestoreWizard mode="signedIn" startPath={status.data.last?.targetDir ?? '/'} />
      )}
      <SafetyCopies />
    </>
  );
}

/** The data as it was before each restore, kept so that a restore can itself be undone. */
function SafetyCopies() {
  const { t } = useTranslation();
  const locale = useDateLocale();
  const copies = useQuery({
    queryKey: BACKUP_QUERY_KEYS.safetyCopies,
    queryFn: () => call('listSafetyCopies', {}),
  });
  const [chosen, setChosen] = useState<SafetyCopy | null>(null);
  return (
    <section className="backup-panel" aria-labelledby="safety-copies">
      <h2 id="safety-copies">{t('restore.safetyHeading')}</h2>
      <p>{t('restore.safetyIntro')}</p>
      <QueryStatus
        isPending={copies.isPending}
        error={copies.error}
        onRetry={() => void copies.refetch()}
      />
      {copies.data?.length === 0 && <p className="muted">{t('restore.safetyNone')}</p>}
      {copies.data && copies.data.length > 0 && (
        <table className="table table--stack">
          <thead>
            <tr>
              <th scope="col">{t('restore.safetyMadeAt')}</th>
              <th scope="col">{t('restore.preview.contents')}</th>
              <th scope="col">{t('restore.preview.size')}</th>
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {copies.data.map((copy) => (
              <tr key={copy.id}>
                <td data-label={t('restore.safetyMadeAt')}>
                  {formatInstant(copy.createdAt, locale)}
                </td>
                <td data-label={t('restore.preview.contents')}>
                  {describeCounts(copy.counts, t).join(' · ')}
                </td>
                <td data-label={t('restore.preview.size')}>
                  {formatBytes(copy.sizeBytes, locale)}
                </td>
                <td data-label={t('common.actions')}>
                  <Button onPress={() => setChosen(copy)}>{t('restore.safetyRestore')}</Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {chosen && <RestoreSafetyCopyDialog copy={chosen} onClose={() => setChosen(null)} />}
    </section>
  );
}

function RestoreSafetyCopyDialog({ copy, onClose }: { copy: SafetyCopy; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useDateLocale();
  // Signing out, not just refreshing: the restored data has its own accounts, and drafts typed
  // against the old data must not be offered again.
  const { signOut } = useVault();
  const restore = useMutation({
    mutationFn: () => call('restoreSafetyCopy', { id: copy.id }),
    onSuccess: async () => {
      noteRestoreDone({
        createdAt: copy.createdAt,
        counts: copy.counts,
        sizeBytes: copy.sizeBytes,
        appVersion: '',
        schemaVersion: 0,
        deviceLabel: '',
      });
      await signOut();
    },
  });
  return (
    <ConfirmDialog
      isOpen
      onOpenChange={(isOpen) => !isOpen && onClose()}
      title={t('restore.safetyConfirmTitle', { when: formatInstant(copy.createdAt, locale) })}
      confirmLabel={t('restore.safetyRestore')}
      onConfirm={() => restore.mutate()}
      isPending={restore.isPending}
      error={restore.error ? errorMessage(t, restore.error) : undefined}
      isDanger
    >
      <p>{t('restore.replaceWarning')}</p>
    </ConfirmDialog>
  );
}
