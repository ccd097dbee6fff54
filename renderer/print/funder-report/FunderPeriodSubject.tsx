import { PeriodSubject } from '../pickers/PeriodSubject';
import { useFunderPeriod } from './funder-period';

/** From and to dates, opening on the last full calendar year. */
export function FunderPeriodSubject() {
  return <PeriodSubject period={useFunderPeriod()} />;
}
