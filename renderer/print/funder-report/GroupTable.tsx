import type { FunderReportGroup, FunderReportTotals } from '../../../shared/domain/funder-report';
import { usePrint } from '../print-context';
import { useFunderNumbers } from './funder-numbers';

/** One row per group, by name, then the whole centre; the header repeats on every page. */
export function GroupTable({
  groups,
  totals,
}: {
  groups: readonly FunderReportGroup[];
  totals: FunderReportTotals;
}) {
  const { t } = usePrint();
  const { count, hours, average } = useFunderNumbers();
  const overall =
    totals.sessionsHeld === 0
      ? null
      : Math.round((totals.attendance / totals.sessionsHeld) * 10) / 10;
  return (
    <section className="funder-report__groups" aria-labelledby="funder-groups-heading">
      <h2 id="funder-groups-heading">{t('funderReport.groups.heading')}</h2>
      {groups.length === 0 ? (
        <p>{t('funderReport.groups.none')}</p>
      ) : (
        <table className="funder-table">
          <caption>{t('funderReport.groups.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('funderReport.groups.group')}</th>
              <th scope="col">{t('funderReport.groups.focus')}</th>
              <th scope="col" className="funder-table__number">
                {t('funderReport.groups.held')}
              </th>
              <th scope="col" className="funder-table__number">
                {t('funderReport.groups.cancelled')}
              </th>
              <th scope="col" className="funder-table__number">
                {t('funderReport.groups.attendance')}
              </th>
              <th scope="col" className="funder-table__number">
                {t('funderReport.groups.average')}
              </th>
              <th scope="col" className="funder-table__number">
                {t('funderReport.groups.newcomers')}
              </th>
              <th scope="col" className="funder-table__number">
                {t('funderReport.groups.hours')}
              </th>
            </tr>
          </thead>
          <tbody>
            {groups.map((group) => (
              <tr key={group.groupId}>
                <th scope="row">{group.name}</th>
                <td>{t(`enums.focus.${group.focus}`)}</td>
                <td className="funder-table__number">{count(group.held)}</td>
                <td className="funder-table__number">{count(group.cancelled)}</td>
                <td className="funder-table__number">{count(group.attendance)}</td>
                <td className="funder-table__number">{average(group.averageAttendance)}</td>
                <td className="funder-table__number">{count(group.newcomers)}</td>
                <td className="funder-table__number">{hours(group.hours)}</td>
              </tr>
            ))}
            <tr className="funder-table__total">
              <th scope="row" colSpan={2}>
                {t('funderReport.groups.total')}
              </th>
              <td className="funder-table__number">{count(totals.sessionsHeld)}</td>
              <td className="funder-table__number">{count(totals.sessionsCancelled)}</td>
              <td className="funder-table__number">{count(totals.attendance)}</td>
              <td className="funder-table__number">{average(overall)}</td>
              <td className="funder-table__number">{count(totals.newcomers)}</td>
              <td className="funder-table__number">{hours(totals.volunteerHours)}</td>
            </tr>
          </tbody>
        </table>
      )}
    </section>
  );
}
