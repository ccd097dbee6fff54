import { useQuery } from '@tanstack/react-query';
import { mondayOf } from '../../../shared/domain/session-dashboard';
import {
  rotaLeadGap,
  type Rota,
  type RotaPerson,
  type RotaSession,
} from '../../../shared/domain/rota';
import { organisationQuery } from '../../app/organisation-query';
import { PrintSheet } from '../PrintDocument';
import { usePrint } from '../print-context';
import { usePrintDates, type PrintDates } from './print-dates';
import { RotaGate } from './RotaGate';
import { RotaRow } from './RotaRow';
import { StaffSheetHeading } from './StaffSheetHeading';
import { StaffTable } from './StaffTable';

/** The sessions week by week (weeks start on Monday), in start order within each. */
function byWeek(sessions: readonly RotaSession[]): [string, RotaSession[]][] {
  const weeks = new Map<string, RotaSession[]>();
  for (const session of sessions) {
    const monday = mondayOf(session.localDate);
    const week = weeks.get(monday) ?? [];
    week.push(session);
    weeks.set(monday, week);
  }
  return [...weeks];
}

const COLUMNS = ['date', 'time', 'group', 'place', 'lead', 'others'] as const;

/**
 * One table a week, the week named in its repeated header; each row carries its own date, so a
 * page read alone still says which day each meeting is.
 */
function RotaWeek({
  monday,
  sessions,
  personOf,
  dates,
}: {
  monday: string;
  sessions: RotaSession[];
  personOf: (volunteerId: number) => RotaPerson | undefined;
  dates: PrintDates;
}) {
  const { t } = usePrint();
  return (
    <StaffTable
      block="rota-table"
      columns={COLUMNS}
      labels="printRota.rota.columns"
      banner={t('printRota.rota.weekOf', { date: dates.longDay(monday) })}
      bannerClassName="rota-table__week"
    >
      {sessions.map((session, index) => (
        <RotaRow
          key={session.id}
          session={session}
          personOf={personOf}
          dates={dates}
          isFirstOfDay={index === 0 || sessions[index - 1]!.localDate !== session.localDate}
        />
      ))}
    </StaffTable>
  );
}

function RotaPages({ rota }: { rota: Rota }) {
  const { t } = usePrint();
  const dates = usePrintDates();
  const phone = useQuery(organisationQuery).data?.phone ?? '';
  const people = new Map(rota.people.map((person) => [person.volunteerId, person]));
  const personOf = (volunteerId: number) => people.get(volunteerId);
  const gaps = rota.sessions.filter((session) => rotaLeadGap(session, personOf)).length;
  const range = { from: dates.date(rota.from), to: dates.date(rota.to) };
  return (
    <PrintSheet className="staff-sheet">
      <StaffSheetHeading title={t('print.printables.rota.title')}>
        <p>{t('printRota.rota.summary', { count: rota.sessions.length, ...range })}</p>
        {gaps > 0 && (
          <p>
            <strong className="rota-gap">{t('printRota.rota.gaps', { count: gaps })}</strong>
          </p>
        )}
        {phone && <p>{t('printRota.rota.callIfAbsent', { phone })}</p>}
      </StaffSheetHeading>
      {rota.sessions.length === 0 ? (
        <p>{t('printRota.rota.empty', range)}</p>
      ) : (
        byWeek(rota.sessions).map(([monday, sessions]) => (
          <RotaWeek
            key={monday}
            monday={monday}
            sessions={sessions}
            personOf={personOf}
            dates={dates}
          />
        ))
      )}
    </PrintSheet>
  );
}

/** #/print/rota: who facilitates which meeting, week by week, with the gaps marked. */
export function RotaDocument() {
  return <RotaGate>{(rota) => <RotaPages rota={rota} />}</RotaGate>;
}
