import type { Handlers } from '../core/handler-types';
import { buildPublicSnapshot } from '../public-printing/public-snapshot';

export const printHandlers: Handlers<'getPublicPrintData'> = {
  // The same builder as the print station's file, so both print the same page.
  getPublicPrintData: ({ month }, { store, now }) =>
    buildPublicSnapshot(store, new Date(now()), month),
};
