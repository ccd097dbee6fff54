import type { FunderReportTotals } from '../../../shared/domain/funder-report';
import { usePrint } from '../print-context';
import { useFunderNumbers } from './funder-numbers';

const FIGURES = [
  'sessionsHeld',
  'attendance',
  'newcomers',
  'groupsMet',
  'volunteerHours',
  'volunteersGivingTime',
  'sessionsCancelled',
  'sessionsUnrecorded',
] as const;

/** The headline numbers, large, each with its label; notes say how they were counted. */
export function HeadlineFigures({ totals }: { totals: FunderReportTotals }) {
  const { t } = usePrint();
  const { count, hours } = useFunderNumbers();
  return (
    <section className="funder-report__figures" aria-labelledby="funder-figures-heading">
      <h2 id="funder-figures-heading">{t('funderReport.figuresHeading')}</h2>
      <dl className="funder-figures">
        {FIGURES.map((figure) => (
          <div key={figure} className="funder-figures__item" data-figure={figure}>
            <dt>{t(`funderReport.totals.${figure}`)}</dt>
            <dd className="funder-figures__number">
              {figure === 'volunteerHours' ? hours(totals[figure]) : count(totals[figure])}
            </dd>
            {figure === 'sessionsCancelled' && totals.cancelledByClosure > 0 && (
              <dd className="funder-figures__detail">
                {t('funderReport.totals.cancelledByClosure', {
                  number: count(totals.cancelledByClosure),
                })}
              </dd>
            )}
          </div>
        ))}
      </dl>
      <p className="funder-report__note">{t('funderReport.notes.attendance')}</p>
      {totals.sessionsUnrecorded > 0 && (
        <p className="funder-report__note">{t('funderReport.notes.unrecorded')}</p>
      )}
    </section>
  );
}
