import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { PaperSize } from '../../shared/print/printables';
import { ErrorAlert, StatusNote } from '../ui/Alert';
import { Button } from '../ui/Button';
import { localToday } from '../ui/format';
import { isDesktopApp, pdfFileName, printPage, savePdf } from './print-actions';

interface PrintButtonsProps {
  paper: PaperSize;
  /** The PDF's suggested name, before its date: "Grief Café flyer". */
  fileTitle: string;
  /** A word of care after the usual hint (the recovery key: never keep the PDF on the PC). */
  note?: string;
}

/** Print and Save as PDF, for every printout: the print centre's and the recovery sheet. */
export function PrintButtons({ paper, fileTitle, note }: PrintButtonsProps) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<'saved' | 'failed' | null>(null);
  const isDesktop = isDesktopApp();
  const save = async () => {
    setOutcome(null);
    const result = await savePdf(pdfFileName(fileTitle, localToday()), paper);
    if (isDesktop && result !== 'cancelled') setOutcome(result);
  };
  return (
    <div className="print-actions">
      <Button variant="primary" onPress={() => void printPage()}>
        {t('print.actions.print')}
      </Button>
      <Button onPress={() => void save()} aria-describedby="print-pdf-hint">
        {t('print.actions.savePdf')}
      </Button>
      <p id="print-pdf-hint" className="muted print-actions__hint">
        {isDesktop ? t('print.actions.savePdfHintDesktop') : t('print.actions.savePdfHintBrowser')}
        {note && ` ${note}`}
      </p>
      {outcome === 'saved' && <StatusNote>{t('print.actions.saved')}</StatusNote>}
      {outcome === 'failed' && <ErrorAlert>{t('print.actions.failed')}</ErrorAlert>}
    </div>
  );
}
