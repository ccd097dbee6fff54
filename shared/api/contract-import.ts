// The CSV import's part of the API (issue 12). Spread into `api` in contract.ts.
import { importVolunteersInputSchema, type ImportResult } from '../domain/volunteer-import';
import { method } from './method';
import { STAFF } from './roles';

export const importApi = {
  /**
   * Adds the volunteers of a CSV file, all or none in one transaction: one row the volunteer
   * form would refuse and nothing is written. Possible duplicates are skipped unless confirmed.
   */
  importVolunteers: method<ImportResult>()({
    input: importVolunteersInputSchema,
    access: STAFF,
    scope: 'all',
  }),
};
