import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { PublicSnapshot } from '../../shared/domain/public-snapshot';
import { call } from '../api/client';
import { usePrint, type PrintMode } from './print-context';

/** The print station found no snapshot to print from: switched off, or its file is unreadable. */
export class PublicPrintingUnavailable extends Error {
  constructor(readonly status: 'off' | 'unreadable') {
    super(`public printing ${status}`);
    this.name = 'PublicPrintingUnavailable';
  }
}

/**
 * What the public printables (flyer, meeting list, calendar, resource sheet) print from. Signed
 * in, it is built from the database now; at the print station, it is the public snapshot file.
 * Both have the same shape and hold only public fields, so one page serves both.
 */
export const publicDataQuery = (mode: PrintMode) =>
  queryOptions({
    queryKey: ['print', 'publicData', mode],
    queryFn: async (): Promise<PublicSnapshot> => {
      if (mode === 'signedIn') return call('getPublicPrintData', {});
      const printing = await call('getPublicSnapshot', {});
      if (printing.status !== 'ready') throw new PublicPrintingUnavailable(printing.status);
      return printing.snapshot;
    },
  });

export function usePublicData(): UseQueryResult<PublicSnapshot> {
  return useQuery(publicDataQuery(usePrint().mode));
}
