import { useTranslation } from 'react-i18next';

interface RecoverySheetProps {
  organisationName: string;
  recoveryKey: string;
}

/** The paper copy of the recovery key: only this prints (see print.css). */
export function RecoverySheet({ organisationName, recoveryKey }: RecoverySheetProps) {
  const { t, i18n } = useTranslation();
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date());
  return (
    <section className="print-only recovery-sheet" aria-hidden="true">
      <h2>{t('recoverySheet.title')}</h2>
      <p>
        <strong>{t('recoverySheet.organisation')}:</strong> {organisationName}
      </p>
      <p>
        <strong>{t('recoverySheet.date')}:</strong> {date}
      </p>
      <p className="recovery-sheet__key">{recoveryKey}</p>
      <h3>{t('recoverySheet.instructionsTitle')}</h3>
      <ol>
        <li>{t('recoverySheet.step1')}</li>
        <li>{t('recoverySheet.step2')}</li>
        <li>{t('recoverySheet.step3')}</li>
        <li>{t('recoverySheet.step4')}</li>
      </ol>
    </section>
  );
}
