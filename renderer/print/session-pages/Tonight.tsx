import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { groundRules } from '../group-pages';
import { PrintContext, usePrint, type PrintContextValue } from '../print-context';
import { PrintQueryStatus } from '../PrintQueryStatus';
import { sessionQuery } from './session-queries';
import { SessionPlan } from './SessionPlan';
import { ChooseSession } from './SessionSubject';
import { SignInSheet } from './SignInSheet';

/**
 * Everything for one meeting in one print: the sign-in sheet, the session plan and the ground
 * rules poster, each its own page component, each starting on a new page.
 */
export function TonightDocument() {
  const { search } = usePrint();
  return search.sessionId === undefined ? (
    <ChooseSession />
  ) : (
    <Tonight sessionId={search.sessionId} />
  );
}

function Tonight({ sessionId }: { sessionId: number }) {
  const session = useQuery(sessionQuery(sessionId));
  if (!session.data) {
    return (
      <PrintQueryStatus
        isPending={session.isPending}
        error={session.error}
        onRetry={() => void session.refetch()}
      />
    );
  }
  // Each part keeps its own printable's class, so its styles apply here as on its own page.
  return (
    <>
      <div className="tonight-part print-doc--sign-in">
        <SignInSheet sessionId={sessionId} />
      </div>
      <div className="tonight-part print-doc--session-plan">
        <SessionPlan sessionId={sessionId} />
      </div>
      <div className="tonight-part print-doc--ground-rules">
        <GroupPoster groupId={session.data.groupId} />
      </div>
    </>
  );
}

/**
 * The group-pages slice's poster, as its own page would print it for this meeting's group: it
 * reads its group from the print context, so it gets one whose subject is that group.
 */
function GroupPoster({ groupId }: { groupId: number }) {
  const context = usePrint();
  const posterContext = useMemo<PrintContextValue>(
    () => ({ ...context, printable: 'ground-rules', search: { ...context.search, groupId } }),
    [context, groupId],
  );
  return (
    <PrintContext.Provider value={posterContext}>
      <groundRules.Document />
    </PrintContext.Provider>
  );
}
