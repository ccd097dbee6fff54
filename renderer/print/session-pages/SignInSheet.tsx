import { useQuery } from '@tanstack/react-query';
import { isOnRosterOn, type Participant } from '../../../shared/domain/session-records';
import type { SessionDetail } from '../../../shared/domain/sessions';
import { organisationQuery } from '../../app/organisation-query';
import { usePrint } from '../print-context';
import { PrintSheet } from '../PrintDocument';
import { PrintQueryStatus } from '../PrintQueryStatus';
import { MeetingHeader } from './MeetingHeader';
import { allOf, rosterQuery, sessionQuery } from './session-queries';
import { ChooseSession } from './SessionSubject';

/** Lines printed when the group has no capacity (online groups, or none given). */
export const DEFAULT_LINES = 20;
/** Blank lines for newcomers below a named roster, however full the group is. */
const NEWCOMER_LINES = 5;

/** The sign-in sheet for the meeting in the address. */
export function SignInDocument() {
  const { search } = usePrint();
  return search.sessionId === undefined ? (
    <ChooseSession />
  ) : (
    <SignInSheet sessionId={search.sessionId} />
  );
}

/**
 * Named-roster groups print the names of the people who consented (never one whose consent is
 * withdrawn); a role the core refuses the roster prints the anonymous sheet instead.
 */
function useRosterNames(session: SessionDetail | undefined) {
  const { locale } = usePrint();
  const isNamed = session?.rosterMode === 'named_with_consent';
  const roster = useQuery({ ...rosterQuery(session?.groupId ?? 0), enabled: isNamed });
  if (!session || !isNamed) return { isPending: false, names: null };
  if (roster.isPending) return { isPending: true, names: null };
  if (!roster.data) return { isPending: false, names: null };
  const names = roster.data
    .filter((participant: Participant) => isOnRosterOn(participant, session.localDate))
    .map((participant) => participant.name)
    .sort((a, b) => a.localeCompare(b, locale));
  return { isPending: false, names };
}

export function SignInSheet({ sessionId }: { sessionId: number }) {
  const { t } = usePrint();
  const session = useQuery(sessionQuery(sessionId));
  const organisation = useQuery(organisationQuery);
  const roster = useRosterNames(session.data);
  const status = allOf([session, organisation]);
  if (!session.data || !organisation.data || roster.isPending) {
    return <PrintQueryStatus {...status} onRetry={status.refetch} />;
  }
  const names = roster.names;
  const lines = session.data.capacity ?? DEFAULT_LINES;
  const rows: string[] = names
    ? [...names, ...Array<string>(Math.max(lines - names.length, NEWCOMER_LINES)).fill('')]
    : Array<string>(lines).fill('');
  return (
    <PrintSheet className="sign-in">
      <MeetingHeader
        session={session.data}
        title={t('printSession.signIn.title')}
        organisationName={organisation.data.name}
      />
      <div className="sign-in__statement">
        <p className="sign-in__confidential">{t('printSession.signIn.confidentiality')}</p>
        <p>{t(names ? 'printSession.signIn.namedNote' : 'printSession.signIn.anonymousNote')}</p>
      </div>
      <table className="sign-in__table">
        <thead>
          <tr>
            <th scope="col" className="sign-in__number">
              {t('printSession.signIn.columns.number')}
            </th>
            <th scope="col">{t('printSession.signIn.columns.name')}</th>
            {names && (
              <th scope="col" className="sign-in__tick">
                {t('printSession.signIn.columns.here')}
              </th>
            )}
            <th scope="col" className="sign-in__tick">
              {t('printSession.signIn.columns.firstTime')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((name, index) => (
            <tr key={index}>
              <td className="sign-in__number">{index + 1}</td>
              <td className="sign-in__name">{name}</td>
              {names && (
                <td className="sign-in__tick">
                  <TickBox />
                </td>
              )}
              <td className="sign-in__tick">{name ? null : <TickBox />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </PrintSheet>
  );
}

/** An empty square to tick by hand: a drawn outline, not a colour. */
function TickBox() {
  return <span className="tick-box" aria-hidden="true" />;
}
