import type { FunderReport } from '../../../shared/domain/funder-report';
import type { Organisation } from '../../../shared/domain/organisation';
import { formatCivilDate } from '../../ui/format';
import { usePrint } from '../print-context';

/** Who reports, on what period, and when it was printed. */
export function FunderCover({
  organisation,
  report,
}: {
  organisation: Organisation;
  report: FunderReport;
}) {
  const { t, locale, today } = usePrint();
  const contact = [organisation.address, organisation.phone, organisation.email].filter(Boolean);
  return (
    <header className="funder-report__cover">
      <p className="funder-report__organisation">{organisation.name}</p>
      <h1 className="funder-report__title">{t('funderReport.heading')}</h1>
      <p className="funder-report__period">
        {t('funderReport.period', {
          from: formatCivilDate(report.from, locale),
          to: formatCivilDate(report.to, locale),
        })}
      </p>
      {contact.length > 0 && <p className="funder-report__contact">{contact.join(' · ')}</p>}
      <p className="funder-report__printed">
        {t('funderReport.printedOn', { date: formatCivilDate(today, locale) })}
      </p>
    </header>
  );
}
