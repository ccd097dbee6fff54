// The print centre's part of the API (issue 11): the public data every public printable reads,
// referral resources, the rota and the funder report. Spread into `api` in contract.ts.
import { idInput, noInput } from '../domain/fields';
import { funderReportInputSchema, type FunderReport } from '../domain/funder-report';
import { publicPrintDataInputSchema, type PublicSnapshot } from '../domain/public-snapshot';
import {
  resourceFieldsSchema,
  updateResourceInputSchema,
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

  listResources: method<Resource[]>()({ input: noInput, access: ANY_ROLE, scope: 'all' }),
  createResource: method<Resource>()({ input: resourceFieldsSchema, access: STAFF, scope: 'all' }),
  updateResource: method<Resource>()({
    input: updateResourceInputSchema,
    access: STAFF,
    scope: 'all',
  }),
  removeResource: method<{ id: number }>()({ input: idInput, access: STAFF, scope: 'all' }),

  listRota: method<Rota>()({ input: rotaInputSchema, access: STAFF, scope: 'all' }),

  getFunderReport: method<FunderReport>()({
    input: funderReportInputSchema,
    access: STAFF,
    scope: 'all',
  }),
};
