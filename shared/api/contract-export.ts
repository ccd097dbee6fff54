// The CSV export's part of the API (issue 12): what the screens' lists show, whole rather than
// paged, for a spreadsheet. Spread into `api` in contract.ts.
import { exportVolunteersInputSchema, type VolunteerSummary } from '../domain/volunteers';
import { method } from './method';
import { STAFF } from './roles';

export const exportApi = {
  /**
   * Every volunteer matching the list's filters, in its order: the volunteer list is paged
   * (50 rows), and an export of page 3 only would be wrong without saying so.
   */
  exportVolunteers: method<VolunteerSummary[]>()({
    input: exportVolunteersInputSchema,
    access: STAFF,
    scope: 'all',
  }),
};
