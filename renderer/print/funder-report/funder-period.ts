import { usePrint } from '../print-context';
import { funderPeriodOf, type FunderPeriod } from './funder-queries';

/** The period in the address, each end falling back to the default period's (the last year). */
export function useFunderPeriod(): FunderPeriod {
  const { search, today } = usePrint();
  return funderPeriodOf(search, today);
}
