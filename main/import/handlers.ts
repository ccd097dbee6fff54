import { AppError } from '../app-error';
import type { Handlers } from '../core/handler-types';
import type { Repositories } from '../store/store';
import {
  checkImportRows,
  identityKeys,
  type ImportDuplicate,
  type ImportRow,
  type RowProblem,
} from '../../shared/domain/volunteer-import';
import { volunteerDisplayName, type VolunteerFields } from '../../shared/domain/volunteers';
import type { FieldError } from '../../shared/api/errors';

/** Error paths name the row and field, never the value: errors may reach a log. */
function asFieldError({ rowNumber, field, messageKey, params }: RowProblem): FieldError {
  return {
    path: `rows.${rowNumber}${field ? `.${field}` : ''}`,
    messageKey,
    ...(params ? { params } : {}),
  };
}

/** Rows that repeat a volunteer already stored, or an earlier row of the same file. */
function findDuplicates(
  rows: readonly { rowNumber: number; volunteer: VolunteerFields }[],
  existing: readonly Parameters<typeof identityKeys>[0][],
): ImportDuplicate[] {
  const seen = new Map<string, number | null>(
    existing.flatMap((v) => identityKeys(v).map((key) => [key, null] as const)),
  );
  const duplicates: ImportDuplicate[] = [];
  for (const { rowNumber, volunteer } of rows) {
    const keys = identityKeys(volunteer);
    const match = keys.find((key) => seen.has(key));
    if (match !== undefined) {
      duplicates.push({
        rowNumber,
        displayName: volunteerDisplayName(volunteer),
        sameAsRow: seen.get(match) ?? null,
      });
    }
    for (const key of keys) if (!seen.has(key)) seen.set(key, rowNumber);
  }
  return duplicates;
}

/** What the import adds and what it skips; throws, naming every bad row, when any is bad. */
async function planImport(
  { rows, confirmDuplicates }: { rows: ImportRow[]; confirmDuplicates: number[] },
  repos: Repositories,
) {
  // Checked again here: the renderer's and the CLI's checks are for showing, these for keeping.
  const { volunteers, problems } = checkImportRows(rows);
  if (problems.length > 0) {
    throw new AppError(
      'VALIDATION_FAILED',
      'importCsv.rowsRefused',
      { count: new Set(problems.map((p) => p.rowNumber)).size },
      problems.map(asFieldError),
    );
  }
  const duplicates = findDuplicates(volunteers, await repos.volunteers.identities());
  const confirmed = new Set(confirmDuplicates);
  const skipped = new Set(
    duplicates.filter((d) => !confirmed.has(d.rowNumber)).map((d) => d.rowNumber),
  );
  return {
    toAdd: volunteers.filter(({ rowNumber }) => !skipped.has(rowNumber)),
    duplicates,
  };
}

export const importHandlers: Handlers<'importVolunteers'> = {
  importVolunteers: async (input, { store, write }) => {
    if (input.dryRun) {
      const { toAdd, duplicates } = await planImport(input, store);
      return { imported: toAdd.length, duplicates, isDryRun: true };
    }
    // One transaction: a failure on any row leaves the volunteers as they were.
    return write({ action: 'create', entity: 'volunteer' }, async (repos, audit) => {
      const { toAdd, duplicates } = await planImport(input, repos);
      for (const { volunteer } of toAdd) await repos.volunteers.create(volunteer);
      // How many, never who: the audit log holds no names.
      audit.setFields([`imported:${toAdd.length}`]);
      return { imported: toAdd.length, duplicates, isDryRun: false };
    });
  },
};
