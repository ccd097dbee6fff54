import type { CSSProperties } from 'react';
import type { FunderReportGroup, FunderReportTotals } from '../../../shared/domain/funder-report';
import { usePrint } from '../print-context';
import { useFunderNumbers } from './funder-numbers';
import { NumberCells, NumberHeaders } from './NumberColumns';

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
  // A few focus names serve hundreds of groups: each is looked up once.
  const focusNames = new Map<string, string>();
  const focusName = (focus: string) => {
    let name = focusNames.get(focus);
    if (name === undefined) {
      name = t(`enums.focus.${focus}`);
      focusNames.set(focus, name);
    }
    return name;
  };
  const overall =
    totals.sessionsHeld === 0
      ? null
      : Math.round((totals.attendance / totals.sessionsHeld) * 10) / 10;
  return (
    <section
      className="funder-report__groups"
      aria-labelledby="funder-groups-heading"
      // Its height on screen before it is laid out (print-funder-report.css).
      style={{ '--funder-rows': groups.length + 1 } as CSSProperties}
    >
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
              <NumberHeaders
                labels={[
                  t('funderReport.groups.held'),
                  t('funderReport.groups.cancelled'),
                  t('funderReport.groups.attendance'),
                  t('funderReport.groups.average'),
                  t('funderReport.groups.newcomers'),
                  t('funderReport.groups.hours'),
                ]}
              />
            </tr>
          </thead>
          <tbody>
            {groups.map((group) => (
              <tr key={group.groupId}>
                <th scope="row">{group.name}</th>
                <td>{focusName(group.focus)}</td>
                <NumberCells
                  values={[
                    count(group.held),
                    count(group.cancelled),
                    count(group.attendance),
                    average(group.averageAttendance),
                    count(group.newcomers),
                    hours(group.hours),
                  ]}
                />
              </tr>
            ))}
            <tr className="funder-table__total">
              <th scope="row" colSpan={2}>
                {t('funderReport.groups.total')}
              </th>
              <NumberCells
                values={[
                  count(totals.sessionsHeld),
                  count(totals.sessionsCancelled),
                  count(totals.attendance),
                  average(overall),
                  count(totals.newcomers),
                  hours(totals.volunteerHours),
                ]}
              />
            </tr>
          </tbody>
        </table>
      )}
    </section>
  );
}
