import { useTranslation } from '../i18n/use-translation';
import { useSavedAt } from '../forms/saved-status';

/**
 * "Saved." after any form saves, seen and heard. The live region is always in the page (a region
 * added together with its text is often not announced); the key re-inserts the text, so a second
 * save is announced again.
 */
export function SavedToast() {
  const { t } = useTranslation();
  const savedAt = useSavedAt();
  return (
    <div role="status" aria-live="polite" className="saved-toast">
      {savedAt !== 0 && (
        <p key={savedAt} className="saved-toast__text">
          {t('common.saved')}
        </p>
      )}
    </div>
  );
}
