import { useId } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { CsvSheet } from '../../shared/csv/read-csv';
import { StepSection } from './StepSection';

export const PREVIEW_ROWS = 5;

/** A column's heading as the file has it, or "column 3" when the file leaves it empty. */
export function useColumnName() {
  const { t } = useTranslation();
  return (header: string, index: number) =>
    header || t('importScreen.map.untitledColumn', { number: index + 1 });
}

/**
 * The first rows with the file's own header, in a box that scrolls sideways when wide. Each cell
 * is isolated: "x@" stays "x@" in an Arabic page, while the column still lines up at its start.
 */
export function PreviewTable({ sheet }: { sheet: CsvSheet }) {
  const { t } = useTranslation();
  const columnName = useColumnName();
  const captionId = useId();
  const shown = sheet.records.slice(0, PREVIEW_ROWS);
  return (
    // Focusable and named, so a keyboard can scroll a wide file (axe: scrollable-region-focusable).
    <div className="import-preview" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table table--compact">
        <caption id={captionId} className="import-preview__caption">
          {t('importScreen.preview.caption', {
            rows: t('importScreen.rowCount', { count: shown.length }),
          })}
        </caption>
        <thead>
          <tr>
            {sheet.header.map((header, index) => (
              <th key={index} scope="col">
                <bdi>{columnName(header, index)}</bdi>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map(({ rowNumber, cells }) => (
            <tr key={rowNumber}>
              {sheet.header.map((_, index) => (
                <td key={index}>
                  <bdi>{cells[index] ?? ''}</bdi>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Step 2: the file as it is, so the person sees it is the right one and read right. */
export function PreviewStep({ sheet }: { sheet: CsvSheet }) {
  const { t } = useTranslation();
  return (
    <StepSection title={t('importScreen.preview.heading')}>
      <p>{t('importScreen.preview.intro')}</p>
      <PreviewTable sheet={sheet} />
    </StepSection>
  );
}
