import { createPortal } from 'react-dom';
import { useTranslation } from '../i18n/use-translation';
import type { PaperSize } from '../../shared/print/printables';
import { isLanguage } from '../i18n/i18n';
import { PaperDocument, PrintSheet } from '../print/PrintDocument';
import { LtrText } from '../ui/LtrText';
import { dateTimeFormat } from '../ui/intl-cache';

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

export interface RecoverySheetProps {
  organisationName: string;
  /** The administrator who made the key: recovery asks for an administrator's username. */
  username: string;
  recoveryKey: string;
  /** The organisation's paper; A4 at setup, before anyone has chosen. */
  paper: PaperSize;
}

/**
 * The paper copy of the recovery key: one page in the print centre's frame, in the screen's
 * language (the person who reads the screen keeps the sheet). It has no `#/print/…` address:
 * the key is never stored, so the sheet exists only beside the screen that shows the key. On the
 * body and hidden on screen; printing shows it alone (`print-alone` in print.css).
 */
export function RecoverySheet({
  organisationName,
  username,
  recoveryKey,
  paper,
}: RecoverySheetProps) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  const date = dateTimeFormat(language, { dateStyle: 'long' }).format(new Date());
  return createPortal(
    <div className="print-only print-alone" aria-hidden="true">
      <PaperDocument
        name="recovery-sheet"
        paper={paper}
        isLargePrint={false}
        language={language}
        dir={i18n.dir(language) === 'rtl' ? 'rtl' : 'ltr'}
      >
        <PrintSheet isOnePage className="recovery-sheet">
          <h1>{t('recoverySheet.title')}</h1>
          <dl className="recovery-sheet__facts">
            <dt>{t('recoverySheet.organisation')}</dt>
            <dd>{organisationName}</dd>
            <dt>{t('recoverySheet.administrator')}</dt>
            <dd>
              <LtrText>{username}</LtrText>
            </dd>
            <dt>{t('recoverySheet.date')}</dt>
            <dd>{date}</dd>
          </dl>
          <div className="recovery-sheet__box">
            <p className="recovery-sheet__key-label">{t('recoverySheet.keyLabel')}</p>
            <p className="recovery-sheet__key">
              {keyRows(recoveryKey).map((row) => (
                <span key={row} className="recovery-sheet__key-row">
                  {row}
                </span>
              ))}
            </p>
          </div>
          <p className="recovery-sheet__keep-safe">{t('recoverySheet.keepSafe')}</p>
          <h2>{t('recoverySheet.instructionsTitle')}</h2>
          <ol className="recovery-sheet__steps">
            <li>{t('recoverySheet.step1')}</li>
            <li>{t('recoverySheet.step2')}</li>
            <li>{t('recoverySheet.step3')}</li>
            <li>{t('recoverySheet.step4')}</li>
          </ol>
        </PrintSheet>
      </PaperDocument>
    </div>,
    document.body,
  );
}
