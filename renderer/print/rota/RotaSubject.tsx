import { useTranslation } from '../../i18n/use-translation';
import { PeriodSubject } from '../pickers/PeriodSubject';
import { rotaPeriodProblem, useRotaPeriod } from './use-rota';

/** The rota's and the contact sheet's period, with the three-month limit said at the field. */
export function RotaSubject() {
  const { t } = useTranslation();
  const period = useRotaPeriod();
  const problem = rotaPeriodProblem(period);
  return (
    <PeriodSubject
      period={period}
      toError={problem === 'validation.rotaTooLong' ? t(problem) : undefined}
    />
  );
}
