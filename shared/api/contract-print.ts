// The print centre's part of the API (issue 11): the public data every public printable reads,
// referral resources, the rota and the funder report. Spread into `api` in contract.ts.
import { idInput, noInput } from '../domain/fields';
import { funderReportInputSchema, type FunderReport } from '../domain/funder-report';
import { publicPrintDataInputSchema, type PublicSnapshot } from '../domain/public-snapshot';
import {
  resourceInputSchema,
  updateResourceInputSchema,
  type RemovedResource,
  type Resource,
} from '../domain/resources';
import { rotaInputSchema, type Rota } from '../domain/rota';
import { method } from './method';
import { ANY_ROLE, STAFF } from './roles';

export const printApi = {
  /**
   * The public printables (flyer, meeting list, calendar, resource sheet) signed in: the same
   * data the print station reads from its snapshot file, built now from the database, so a
   * printout is the same whoever prints it.
   */
  getPublicPrintData: method<PublicSnapshot>()({
    input: publicPrintDataInputSchema,
    access: ANY_ROLE,
    scope: 'all',
  }),

  /** Crisis lines first, then by name: the order every printout uses. Removed ones are left out. */
  listResources: method<Resource[]>()({ input: noInput, access: ANY_ROLE, scope: 'all' }),
  /** Removed resources, latest first, so a removal by mistake can be undone. */
  listRemovedResources: method<RemovedResource[]>()({
    input: noInput,
    access: STAFF,
    scope: 'all',
  }),
  createResource: method<Resource>()({ input: resourceInputSchema, access: STAFF, scope: 'all' }),
  updateResource: method<Resource>()({
    input: updateResourceInputSchema,
    access: STAFF,
    scope: 'all',
  }),
  /** Takes it off every printout; it stays stored and can be restored. */
  removeResource: method<{ id: number }>()({ input: idInput, access: STAFF, scope: 'all' }),
  restoreResource: method<Resource>()({ input: idInput, access: STAFF, scope: 'all' }),

  listRota: method<Rota>()({ input: rotaInputSchema, access: STAFF, scope: 'all' }),

  getFunderReport: method<FunderReport>()({
    input: funderReportInputSchema,
    access: STAFF,
    scope: 'all',
  }),
};
