import type { CsvSheet } from '../../shared/csv/read-csv';
import {
  IMPORT_FIELDS,
  mapRow,
  type ColumnMapping,
  type ImportField,
} from '../../shared/csv/volunteer-columns';
import type { ImportRow } from '../../shared/domain/volunteer-import';

/** What stops the rows being checked: a field given to two columns, no first names. */
export interface MappingProblems {
  /** The columns (by index) whose field another column has too. */
  repeatedColumns: Set<number>;
  isFirstNameMissing: boolean;
}

export function findMappingProblems(mapping: ColumnMapping): MappingProblems {
  const columnsOf = new Map<ImportField, number[]>();
  mapping.forEach((field, column) => {
    if (field !== null) columnsOf.set(field, [...(columnsOf.get(field) ?? []), column]);
  });
  const repeated = [...columnsOf.values()].filter((columns) => columns.length > 1);
  return {
    repeatedColumns: new Set(repeated.flat()),
    isFirstNameMissing: !columnsOf.has('firstName'),
  };
}

export const hasMappingProblems = (problems: MappingProblems) =>
  problems.repeatedColumns.size > 0 || problems.isFirstNameMissing;

/** The select's value for "Do not import" (a field name is never empty). */
export const NOT_IMPORTED = '';

export function withColumnField(
  mapping: ColumnMapping,
  column: number,
  value: string,
): ColumnMapping {
  const field = (IMPORT_FIELDS as readonly string[]).includes(value)
    ? (value as ImportField)
    : null;
  return mapping.map((current, index) => (index === column ? field : current));
}

/** Every row of the file as the API takes it, numbered as the spreadsheet shows it. */
export function toImportRows(sheet: CsvSheet, mapping: ColumnMapping): ImportRow[] {
  return sheet.records.map(({ rowNumber, cells }) => ({
    rowNumber,
    fields: mapRow(cells, mapping),
  }));
}
