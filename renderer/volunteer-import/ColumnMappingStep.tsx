import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { CsvSheet } from '../../shared/csv/read-csv';
import { IMPORT_FIELDS, type ColumnMapping } from '../../shared/csv/volunteer-columns';
import { ErrorAlert } from '../ui/Alert';
import { SelectField } from '../ui/SelectField';
import { isolateTyped } from '../ui/LtrText';
import { NOT_IMPORTED, type MappingProblems } from './column-mapping';
import { useColumnName } from './PreviewTable';
import { StepSection } from './StepSection';

interface ColumnMappingStepProps {
  sheet: CsvSheet;
  mapping: ColumnMapping;
  problems: MappingProblems;
  onChange: (column: number, value: string) => void;
  isDisabled: boolean;
  /** What comes after the choices: the "Check the rows" button. */
  children: ReactNode;
}

/** For every column of the file, the volunteer field it fills (guessed, then the person's). */
export function ColumnMappingStep({
  sheet,
  mapping,
  problems,
  onChange,
  isDisabled,
  children,
}: ColumnMappingStepProps) {
  const { t } = useTranslation();
  const columnName = useColumnName();
  const options = [
    { value: NOT_IMPORTED, label: t('importScreen.map.doNotImport') },
    ...IMPORT_FIELDS.map((field) => ({ value: field, label: t(`importCsv.fields.${field}`) })),
  ];
  const firstCells = sheet.records[0]?.cells ?? [];
  return (
    <StepSection title={t('importScreen.map.heading')} isFocusedOnArrival={false}>
      <p>{t('importScreen.map.intro')}</p>
      {problems.isFirstNameMissing && (
        <ErrorAlert>
          <p>{t('importScreen.map.firstNameMissing')}</p>
        </ErrorAlert>
      )}
      <div className="import-mapping">
        {sheet.header.map((header, column) => {
          const field = mapping[column] ?? null;
          const example = firstCells[column]?.trim();
          return (
            <SelectField
              key={column}
              label={t('importScreen.map.columnLabel', {
                header: isolateTyped(columnName(header, column)),
              })}
              value={field ?? NOT_IMPORTED}
              options={options}
              onChange={(value) => onChange(column, value)}
              isDisabled={isDisabled}
              description={
                example
                  ? t('importScreen.map.example', { value: isolateTyped(example) })
                  : t('importScreen.map.emptyExample')
              }
              error={
                field !== null && problems.repeatedColumns.has(column)
                  ? t('importScreen.map.chosenTwice', { field: t(`importCsv.fields.${field}`) })
                  : undefined
              }
            />
          );
        })}
      </div>
      {children}
    </StepSection>
  );
}
