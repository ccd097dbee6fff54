import { useId, type ChangeEvent } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { ErrorAlert } from '../ui/Alert';
import { isolateTyped } from '../ui/LtrText';
import { BusyNote, StepSection } from './StepSection';

interface ChooseFileStepProps {
  /** The chosen file's name and row count, once read. */
  chosen: { name: string; rowCount: number } | null;
  isReading: boolean;
  /** Why the last file chosen cannot be imported, in words. */
  problem: string | null;
  onChoose: (file: File) => void;
  isFocusedOnArrival: boolean;
}

export function ChooseFileStep({
  chosen,
  isReading,
  problem,
  onChoose,
  isFocusedOnArrival,
}: ChooseFileStepProps) {
  const { t } = useTranslation();
  const id = useId();
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Emptied, so that choosing the same file again once it is fixed reads it again.
    event.target.value = '';
    if (file) onChoose(file);
  };
  return (
    <StepSection title={t('importScreen.choose.heading')} isFocusedOnArrival={isFocusedOnArrival}>
      <div className="field" data-invalid={problem ? true : undefined}>
        <p id={`${id}-hint`} className="field__description">
          {t('importScreen.choose.hint')}
        </p>
        <p id={`${id}-privacy`} className="field__description">
          {t('importScreen.choose.privacy')}
        </p>
        {/* The browser's own "Choose File" button speaks the computer's language, not the
            app's: the input stays (keyboard, screen readers) but shows through its label. */}
        <input
          id={id}
          type="file"
          className="import-file-input"
          accept=".csv,.txt,text/csv,text/plain"
          disabled={isReading}
          aria-describedby={`${id}-hint ${id}-privacy`}
          aria-invalid={problem ? true : undefined}
          onChange={choose}
        />
        <label htmlFor={id} className="button button--secondary import-file-button">
          {t('importScreen.choose.button')}
        </label>
      </div>
      {isReading && <BusyNote>{t('importScreen.choose.reading')}</BusyNote>}
      <ErrorAlert>{problem}</ErrorAlert>
      {chosen && !isReading && !problem && (
        <p className="import-chosen">
          {t('importScreen.choose.chosen', {
            name: isolateTyped(chosen.name),
            rows: t('importScreen.rowCount', { count: chosen.rowCount }),
          })}
        </p>
      )}
    </StepSection>
  );
}
