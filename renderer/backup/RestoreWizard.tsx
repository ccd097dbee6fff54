import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { BackupPreview } from '../../shared/domain/backup';
import { call } from '../api/client';
import { errorMessage } from '../api/error-message';
import { useVault } from '../app/vault-context';
import { useDateLocale } from '../i18n/date-locale';
import { ErrorAlert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { DetailList } from '../ui/DetailList';
import { describeCounts, formatBytes, formatInstant } from './backup-words';
import { BackupProgressBar } from './BackupProgressBar';
import {
  BackupSecretFields,
  EMPTY_SECRET,
  toBackupSecret,
  type SecretValues,
} from './BackupSecretFields';
import { FolderPickerDialog } from './FolderPickerDialog';
import { noteRestoreDone } from './restore-notice';
import { useBackupProgress } from './useBackupProgress';

/** 'signedIn': an admin replaces this PC's data; 'newComputer': first run, no data yet. */
export type RestoreMode = 'signedIn' | 'newComputer';

const METHODS = {
  signedIn: { preview: 'openBackup', restore: 'restoreBackup' },
  newComputer: { preview: 'previewBackupOnNewComputer', restore: 'restoreBackupOnNewComputer' },
} as const;

type Step = 'choose' | 'unlock' | 'confirm';

/** Choose a file → unlock it → see what is in it → confirm. Nothing changes before the last. */
export function RestoreWizard({ mode, startPath }: { mode: RestoreMode; startPath: string }) {
  const { t } = useTranslation();
  // Signing out, not just refreshing: the restored data has its own accounts, and drafts typed
  // against the old data must not be offered again.
  const { signOut } = useVault();
  const [step, setStep] = useState<Step>('choose');
  const [file, setFile] = useState<string | null>(null);
  const [isPicking, setIsPicking] = useState(false);
  const [secret, setSecret] = useState<SecretValues>(EMPTY_SECRET);
  const methods = METHODS[mode];

  const preview = useMutation({
    mutationFn: () => call(methods.preview, { file: file!, secret: toBackupSecret(secret) }),
    onSuccess: () => setStep('confirm'),
  });
  const restore = useMutation({
    mutationFn: () => call(methods.restore, { file: file!, secret: toBackupSecret(secret) }),
    onSuccess: async (done) => {
      noteRestoreDone(done);
      setSecret(EMPTY_SECRET);
      await signOut();
    },
  });
  const progress = useBackupProgress(restore.isPending);

  return (
    <div className="wizard">
      <ol className="wizard__steps" aria-label={t('restore.stepsLabel')}>
        {(['choose', 'unlock', 'confirm'] as const).map((s, index) => (
          <li key={s} aria-current={s === step ? 'step' : undefined}>
            {t('restore.stepOf', { number: index + 1, name: t(`restore.steps.${s}`) })}
          </li>
        ))}
      </ol>

      {step === 'choose' && (
        <section aria-labelledby="restore-choose">
          <h2 id="restore-choose">{t('restore.chooseHeading')}</h2>
          <p>{t('restore.chooseIntro')}</p>
          {file && (
            <p>
              {t('restore.chosenFile')} <bdi dir="ltr">{file}</bdi>
            </p>
          )}
          <div className="form__actions">
            <Button onPress={() => setIsPicking(true)}>{t('restore.chooseFile')}</Button>
            <Button variant="primary" isDisabled={!file} onPress={() => setStep('unlock')}>
              {t('common.continue')}
            </Button>
          </div>
        </section>
      )}

      {step === 'unlock' && (
        <form
          noValidate
          className="form"
          aria-labelledby="restore-unlock"
          onSubmit={(event) => {
            event.preventDefault();
            preview.mutate();
          }}
        >
          <h2 id="restore-unlock">{t('restore.unlockHeading')}</h2>
          <p>{t('restore.unlockIntro')}</p>
          <ErrorAlert>{preview.error ? errorMessage(t, preview.error) : null}</ErrorAlert>
          <BackupSecretFields values={secret} onChange={setSecret} />
          <div className="form__actions">
            <Button onPress={() => setStep('choose')}>{t('restore.back')}</Button>
            <Button type="submit" variant="primary" isDisabled={preview.isPending}>
              {t('restore.open')}
            </Button>
          </div>
        </form>
      )}

      {step === 'confirm' && preview.data && (
        <section aria-labelledby="restore-confirm">
          <h2 id="restore-confirm">{t('restore.confirmHeading')}</h2>
          <BackupPreviewDetails preview={preview.data} />
          <div className="alert alert--warning">
            <p>{t(mode === 'signedIn' ? 'restore.replaceWarning' : 'restore.newComputerNote')}</p>
          </div>
          {restore.isPending && <BackupProgressBar progress={progress} operation="restore" />}
          <ErrorAlert>{restore.error ? errorMessage(t, restore.error) : null}</ErrorAlert>
          <div className="form__actions">
            <Button isDisabled={restore.isPending} onPress={() => setStep('unlock')}>
              {t('restore.back')}
            </Button>
            <Button
              variant={mode === 'signedIn' ? 'danger' : 'primary'}
              isDisabled={restore.isPending}
              onPress={() => restore.mutate()}
            >
              {t('restore.restoreNow')}
            </Button>
          </div>
        </section>
      )}

      {isPicking && (
        <FolderPickerDialog
          mode="file"
          startPath={startPath}
          onClose={() => setIsPicking(false)}
          onChoose={(path) => {
            setFile(path);
            setIsPicking(false);
            preview.reset();
          }}
        />
      )}
    </div>
  );
}

export function BackupPreviewDetails({ preview }: { preview: BackupPreview }) {
  const { t } = useTranslation();
  const locale = useDateLocale();
  return (
    <DetailList
      details={[
        { label: t('restore.preview.createdAt'), value: formatInstant(preview.createdAt, locale) },
        {
          label: t('restore.preview.contents'),
          value: describeCounts(preview.counts, t).join(' · '),
        },
        { label: t('restore.preview.size'), value: formatBytes(preview.sizeBytes, locale) },
        { label: t('restore.preview.deviceLabel'), value: <bdi>{preview.deviceLabel}</bdi> },
        { label: t('restore.preview.appVersion'), value: preview.appVersion },
      ]}
    />
  );
}
