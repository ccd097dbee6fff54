import { defaultFunderPeriod } from '../../../shared/domain/funder-report';
import { usePrint } from '../print-context';

/** The period in the address, each end falling back to the default period's (the last year). */
export function useFunderPeriod(): { from: string; to: string } {
  const { search, today } = usePrint();
  const fallback = defaultFunderPeriod(today);
  return { from: search.from ?? fallback.from, to: search.to ?? fallback.to };
}
