import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { errorMessage } from '../api/error-message';
import { useCanEdit } from '../app/vault-context';
import { ErrorAlert, StatusNote } from '../ui/Alert';
import { Button } from '../ui/Button';
import { CSV_MIME_TYPE, saveTextFile } from '../ui/download-file';

export interface CsvExportOptions {
  /** Rows the list holds now (all pages); undefined while it loads. */
  count: number | undefined;
  /** What the list shows (its filters, period): a note about an earlier list is not kept. */
  listKey: string;
  fileName: () => string;
  /** The file's text and its row count, read when the button is pressed. */
  build: () => Promise<{ csv: string; rows: number }>;
}

type Outcome = (
  { kind: 'saved' | 'downloaded'; rows: number } | { kind: 'failed'; message: string }
) & { listKey: string };

/**
 * The "Export CSV" button of a list screen (staff only: a facilitator exports nothing) and the
 * note saying how it went. Disabled, with the reason shown, while the list is empty.
 */
export function useCsvExport({ count, listKey, fileName, build }: CsvExportOptions): {
  button: ReactNode;
  status: ReactNode;
} {
  const { t } = useTranslation();
  const canExport = useCanEdit();
  const reasonId = useId();
  const [lastOutcome, setOutcome] = useState<Outcome | null>(null);
  const outcome = lastOutcome?.listKey === listKey ? lastOutcome : null;
  const [isBusy, setBusy] = useState(false);
  if (!canExport) return { button: null, status: null };

  const exportNow = async () => {
    setOutcome(null);
    setBusy(true);
    try {
      const { csv, rows } = await build();
      const saved = await saveTextFile(fileName(), csv, CSV_MIME_TYPE);
      if (saved === 'saved') setOutcome({ kind: 'saved', rows, listKey });
      if (saved === 'downloading') setOutcome({ kind: 'downloaded', rows, listKey });
      if (saved === 'failed')
        setOutcome({ kind: 'failed', message: t('desktop.fileFailed'), listKey });
    } catch (error) {
      setOutcome({ kind: 'failed', message: errorMessage(t, error), listKey });
    } finally {
      setBusy(false);
    }
  };
  const isEmpty = count === 0;

  return {
    button: (
      <Button
        onPress={() => void exportNow()}
        isDisabled={count === undefined || isEmpty || isBusy}
        aria-describedby={isEmpty ? reasonId : undefined}
      >
        {t('exportCsv.button')}
      </Button>
    ),
    status: (
      <>
        {isEmpty && (
          <p id={reasonId} className="muted">
            {t('exportCsv.emptyReason')}
          </p>
        )}
        {outcome?.kind === 'saved' && (
          <StatusNote>{t('exportCsv.saved', { count: outcome.rows })}</StatusNote>
        )}
        {outcome?.kind === 'downloaded' && (
          <StatusNote>{t('exportCsv.downloaded', { count: outcome.rows })}</StatusNote>
        )}
        {outcome?.kind === 'failed' && <ErrorAlert>{outcome.message}</ErrorAlert>}
      </>
    ),
  };
}
