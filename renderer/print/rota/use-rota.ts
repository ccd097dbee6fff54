import { useQuery } from '@tanstack/react-query';
import { defaultRotaPeriod, isRotaPeriodTooLong } from '../../../shared/domain/rota';
import { call } from '../../api/client';
import { usePrint } from '../print-context';

export interface RotaPeriod {
  from: string;
  to: string;
}

/**
 * The period in the address, or the next four weeks from today; a start alone runs four weeks
 * from that start, so choosing a later start does not leave the end behind it.
 */
export function useRotaPeriod(): RotaPeriod {
  const { search, today } = usePrint();
  const from = search.from ?? today;
  return { from, to: search.to ?? defaultRotaPeriod(from).to };
}

/** Why the core would refuse this period, as the message key the picker shows; else null. */
export function rotaPeriodProblem(period: RotaPeriod): string | null {
  if (period.to < period.from) return 'validation.endBeforeStart';
  return isRotaPeriodTooLong(period) ? 'validation.rotaTooLong' : null;
}

/**
 * The rota of the chosen period, for the rota and the contact sheet alike. Under the sessions
 * key, so a session written elsewhere (cancelled, covered) refreshes the preview.
 */
export function useRota() {
  const period = useRotaPeriod();
  const problem = rotaPeriodProblem(period);
  const query = useQuery({
    queryKey: ['sessions', 'rota', period.from, period.to],
    queryFn: () => call('listRota', period),
    enabled: problem === null,
  });
  return { period, problem, query };
}
