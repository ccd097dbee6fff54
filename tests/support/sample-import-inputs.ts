import type { MethodInput } from '../../shared/api/contract';
import type { importApi } from '../../shared/api/contract-import';

type ImportMethod = keyof typeof importApi;

/** A valid input for every CSV import method (issue 12): a dry run writes nothing. */
export function sampleImportInputs(): { [M in ImportMethod]: MethodInput<M> } {
  return {
    importVolunteers: {
      rows: [{ rowNumber: 2, fields: { firstName: 'Ana', email: 'ana@example.org' } }],
      dryRun: true,
    },
  };
}
