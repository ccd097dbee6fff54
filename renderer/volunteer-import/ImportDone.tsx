import { Link } from '@tanstack/react-router';
import { useTranslation } from '../i18n/use-translation';
import type { ImportResult } from '../../shared/domain/volunteer-import';
import { StatusNote } from '../ui/Alert';
import { Button } from '../ui/Button';
import { StepSection } from './StepSection';

interface ImportDoneProps {
  result: ImportResult;
  /** Rows ticked "Import anyway": the other duplicates were skipped. */
  confirmed: readonly number[];
  onImportAnother: () => void;
}

/** "23 volunteers imported. 2 skipped as possible duplicates." and the way back to the list. */
export function ImportDone({ result, confirmed, onImportAnother }: ImportDoneProps) {
  const { t } = useTranslation();
  const skipped = result.duplicates.filter((d) => !confirmed.includes(d.rowNumber)).length;
  return (
    <StepSection title={t('importScreen.result.heading')}>
      <StatusNote>
        <p>
          {t('importScreen.result.imported', { count: result.imported })}
          {skipped > 0 && ` ${t('importScreen.result.skipped', { count: skipped })}`}
        </p>
      </StatusNote>
      <div className="form__actions">
        <Link className="button button--primary" to="/volunteers">
          {t('importScreen.result.toList')}
        </Link>
        <Button onPress={onImportAnother}>{t('importScreen.result.another')}</Button>
      </div>
    </StepSection>
  );
}
