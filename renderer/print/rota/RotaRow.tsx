import type { RotaPerson, RotaSession } from '../../../shared/domain/rota';
import { rotaLeadGap } from '../../../shared/domain/rota';
import { usePrint } from '../print-context';
import { rotaName } from './facilitator-names';
import type { PrintDates } from './print-dates';

interface RotaRowProps {
  session: RotaSession;
  personOf: (volunteerId: number) => RotaPerson | undefined;
  dates: PrintDates;
  /** The day's first row: its date in bold, a heavier rule above it. */
  isFirstOfDay: boolean;
}

/** A gap the eye must catch on a black-and-white page: bold words in a drawn box. */
function GapMark({ children }: { children: string }) {
  return <strong className="rota-gap">{children}</strong>;
}

/** One session of the rota: when, which group, where, and who leads and helps. */
export function RotaRow({ session, personOf, dates, isFirstOfDay }: RotaRowProps) {
  const { t } = usePrint();
  const names = (role: 'lead' | 'co' | 'backup') =>
    session.facilitators
      .filter((f) => f.role === role)
      .map((f) => rotaName(t, personOf(f.volunteerId)));
  const gap = rotaLeadGap(session, personOf);
  const place =
    [session.locationName, session.room].filter(Boolean).join(' · ') ||
    (session.format === 'in_person' ? '' : t('printRota.rota.online'));
  const others = [
    ...names('co'),
    ...names('backup').map((name) => t('printRota.rota.backup', { name })),
  ];
  return (
    <tr className={isFirstOfDay ? 'rota-row rota-row--first-of-day' : 'rota-row'}>
      <td className="rota-row__date">{dates.shortDay(session.localDate)}</td>
      <td>
        {dates.time(session.localStart)}–<wbr />
        {dates.time(session.localEnd)}
      </td>
      <td>
        {session.groupName}
        {session.status === 'cancelled' && (
          <span className="rota-row__cancelled">
            <strong>{t('printRota.rota.cancelled')}</strong>
            {session.cancelReason && `: ${session.cancelReason}`}
          </span>
        )}
      </td>
      <td>
        {place}
        {session.format === 'hybrid' && session.locationName && (
          <span className="rota-row__also">{t('printRota.rota.alsoOnline')}</span>
        )}
      </td>
      <td>
        <NameList names={names('lead')} />
        {gap && (
          <GapMark>
            {t(gap === 'no_lead' ? 'printRota.rota.noLead' : 'printRota.rota.leadUnavailable')}
          </GapMark>
        )}
      </td>
      <td>
        <NameList names={others} />
      </td>
    </tr>
  );
}

/** Names one a line: a cell of three people reads down, not as one run-on line. */
function NameList({ names }: { names: string[] }) {
  return names.map((name, index) => (
    <span key={`${index}-${name}`} className="rota-name">
      {name}
    </span>
  ));
}
