import { useId } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { isolateTyped } from '../ui/LtrText';
import type { ImportDuplicate } from '../../shared/domain/volunteer-import';

interface DuplicateListProps {
  duplicates: readonly ImportDuplicate[];
  /** Row numbers ticked "Import anyway". */
  confirmed: ReadonlySet<number>;
  onConfirmedChange: (rowNumber: number, isConfirmed: boolean) => void;
  isDisabled: boolean;
}

/**
 * Rows that look like a volunteer already there or an earlier row, each with "Import anyway".
 * Native checkboxes: a file imported twice can list 5,000 of them, and they must render at once.
 */
export function DuplicateList({
  duplicates,
  confirmed,
  onConfirmedChange,
  isDisabled,
}: DuplicateListProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="import-duplicates" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('importScreen.check.duplicatesHeading')}</h3>
      <p>{t('importScreen.check.duplicatesIntro')}</p>
      <ul className="import-duplicates__list">
        {duplicates.map(({ rowNumber, displayName, sameAsRow }) => (
          <li key={rowNumber}>
            <span id={`${id}-${rowNumber}`}>
              {sameAsRow === null
                ? t('importScreen.check.alreadyThere', {
                    row: rowNumber,
                    name: isolateTyped(displayName),
                  })
                : t('importScreen.check.repeatsRow', { row: rowNumber, other: sameAsRow })}
            </span>
            <label className="import-duplicates__choice">
              <input
                type="checkbox"
                checked={confirmed.has(rowNumber)}
                disabled={isDisabled}
                aria-describedby={`${id}-${rowNumber}`}
                onChange={(event) => onConfirmedChange(rowNumber, event.target.checked)}
              />
              {t('importScreen.check.importAnyway')}
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
