import { useTranslation } from 'react-i18next';

const GROUPS_PER_ROW = 4;

/** The key in rows of four groups: a key copied from paper is read group by group. */
export function keyRows(recoveryKey: string): string[] {
  const groups = recoveryKey.split('-');
  const rows: string[] = [];
  for (let i = 0; i < groups.length; i += GROUPS_PER_ROW) {
    rows.push(groups.slice(i, i + GROUPS_PER_ROW).join('-'));
  }
  return rows;
}

interface RecoverySheetProps {
  organisationName: string;
  /** The administrator who made the key: recovery asks for an administrator's username. */
  username: string;
  recoveryKey: string;
}

/** The paper copy of the recovery key: only this prints (see print.css). */
export function RecoverySheet({ organisationName, username, recoveryKey }: RecoverySheetProps) {
  const { t, i18n } = useTranslation();
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date());
  return (
    <section className="print-only recovery-sheet" aria-hidden="true">
      <h2>{t('recoverySheet.title')}</h2>
      <p>
        <strong>{t('recoverySheet.organisation')}:</strong> {organisationName}
      </p>
      <p>
        <strong>{t('recoverySheet.administrator')}:</strong> {username}
      </p>
      <p>
        <strong>{t('recoverySheet.date')}:</strong> {date}
      </p>
      {/* Two rows of four groups: a key copied from paper is read group by group. */}
      <p className="recovery-sheet__key">
        {keyRows(recoveryKey).map((row) => (
          <span key={row} className="recovery-sheet__key-row">
            {row}
          </span>
        ))}
      </p>
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
