// `circlekeeper import volunteers FILE.csv [--dry-run]`: a centre's volunteer spreadsheet in one
// go, checked row by row the way the volunteer form checks, all or nothing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readCsv } from '../../shared/csv/read-csv';
import { guessColumns, mapRow } from '../../shared/csv/volunteer-columns';
import { describeRowProblem } from '../../shared/csv/row-problems';
import {
  checkImportRows,
  MAX_IMPORT_ROWS,
  type ImportRow,
} from '../../shared/domain/volunteer-import';
import type { CommandOptions } from './commands';
import { openCliCore } from './core-session';
import { CliError, readSecret, say, sayCount } from './io';

function readRows(file: string): ImportRow[] {
  const sheet = readCsv(readFileSync(file));
  const mapping = guessColumns(sheet.header);
  if (!mapping.includes('firstName')) throw new CliError(say('importCsv.noFirstNameColumn'));
  if (sheet.records.length === 0) throw new CliError(say('importCsv.noRows'));
  if (sheet.records.length > MAX_IMPORT_ROWS) {
    throw new CliError(
      say('importCsv.tooManyRows', { rows: sheet.records.length, maximum: MAX_IMPORT_ROWS }),
    );
  }
  return sheet.records.map(({ rowNumber, cells }) => ({
    rowNumber,
    fields: mapRow(cells, mapping),
  }));
}

export async function importCommand({
  dataDir,
  values,
  args,
  isDryRun,
}: CommandOptions): Promise<void> {
  const [what, file] = args;
  if (what !== 'volunteers' || !file) throw new CliError(say('importCsv.cli.usage'), 2);
  const rows = readRows(path.resolve(file));
  // Checked here first so that each bad row is named with what it holds, which the core's
  // errors leave out; the core checks again before it writes.
  const { problems } = checkImportRows(rows);
  if (problems.length > 0) {
    const byRow = new Map(rows.map((row) => [row.rowNumber, row.fields]));
    const count = new Set(problems.map((p) => p.rowNumber)).size;
    const lines = problems.map((p) => describeRowProblem(p, byRow.get(p.rowNumber) ?? {}, say));
    throw new CliError([sayCount('importCsv.rowsRefused', count), ...lines].join('\n'));
  }
  const username = values.admin ?? 'admin';
  const password = await readSecret(say('cli.passwordPrompt'));
  const core = openCliCore(dataDir);
  try {
    await core.call('logIn', { username, password });
    const result = await core.call('importVolunteers', {
      rows,
      dryRun: isDryRun === true,
    });
    await core.call('logOut', {});
    const lines = result.duplicates.map((d) =>
      d.sameAsRow === null
        ? say('importCsv.cli.duplicateSkipped', { row: d.rowNumber, name: d.displayName })
        : say('importCsv.cli.repeatSkipped', { row: d.rowNumber, other: d.sameAsRow }),
    );
    const done = result.isDryRun ? 'importCsv.cli.checked' : 'importCsv.cli.done';
    process.stdout.write(`${[...lines, sayCount(done, result.imported)].join('\n')}\n`);
  } finally {
    await core.caller.close();
  }
}
