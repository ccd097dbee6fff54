import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { planGuide } from '../../../shared/templates/guides';
import { organisationQuery } from '../../app/organisation-query';
import { usePrint } from '../print-context';
import { PrintSheet } from '../PrintDocument';
import { PrintQueryStatus } from '../PrintQueryStatus';
import { MeetingHeader } from './MeetingHeader';
import { PlanSidebar } from './PlanSidebar';
import { planRules } from './plan-parts';
import {
  allOf,
  groupQuery,
  resourcesQuery,
  sessionFacilitatorsQuery,
  sessionQuery,
} from './session-queries';
import { ChooseSession } from './SessionSubject';
import { useFitToPage } from '../use-fit-to-page';

/** A short plan's type grows to use the page (easier to read in a dim room), a long one shrinks. */
const FIT = { min: 0.58, max: 1.3 };
/** Ruled lines to write tonight's topic on: what the page has room for at each size of type. */
const TOPIC_LINES = { regular: 10, large: 4 };

/** The facilitator's session plan for the meeting in the address. */
export function SessionPlanDocument() {
  const { search } = usePrint();
  return search.sessionId === undefined ? (
    <ChooseSession />
  ) : (
    <SessionPlan sessionId={search.sessionId} />
  );
}

/**
 * One page: the running order on the left (the group's guide, or its focus's template, and its
 * first ground rules), and on the right who to call: co-facilitators, referral contacts, and
 * what to do if something goes wrong.
 */
export function SessionPlan({ sessionId }: { sessionId: number }) {
  const { t, isLargePrint, paper, language } = usePrint();
  const session = useQuery(sessionQuery(sessionId));
  const organisation = useQuery(organisationQuery);
  const group = useQuery({
    ...groupQuery(session.data?.groupId ?? 0),
    enabled: session.data !== undefined,
  });
  const facilitators = useQuery(sessionFacilitatorsQuery(sessionId));
  const resources = useQuery(resourcesQuery);
  const status = allOf([session, organisation, group, facilitators, resources]);
  const { ref: fitBody } = useFitToPage<HTMLDivElement>(
    JSON.stringify([paper, language, isLargePrint, group.data, facilitators.data, resources.data]),
    FIT,
  );
  if (!session.data || !organisation.data || !group.data || !facilitators.data || !resources.data) {
    return <PrintQueryStatus {...status} onRetry={status.refetch} />;
  }
  const guide = planGuide(group.data.facilitatorGuide, group.data.focus, t);
  return (
    <PrintSheet isOnePage className="session-plan">
      <MeetingHeader
        session={session.data}
        title={t('printSession.plan.title')}
        organisationName={organisation.data.name}
      />
      <p className="session-plan__private">{t('printSession.plan.forFacilitators')}</p>
      <div ref={fitBody} className="session-plan__body">
        <ol className="session-plan__order" aria-label={t('printSession.plan.order')}>
          <PlanStep title={t('printSession.plan.opening')}>
            <p className="session-plan__words">{guide.opening}</p>
          </PlanStep>
          <PlanStep title={t('printSession.plan.groundRules')}>
            <ul className="session-plan__rules">
              {planRules(group.data.groundRules, t).map((rule, index) => (
                <li key={index}>{rule}</li>
              ))}
            </ul>
            <p className="session-plan__note">{t('printSession.plan.groundRulesMore')}</p>
          </PlanStep>
          <PlanStep title={t('printSession.plan.checkIn')}>
            <p className="session-plan__words">{guide.checkIn}</p>
          </PlanStep>
          <PlanStep title={t('printSession.plan.topic')}>
            <p className="session-plan__note">{t('printSession.plan.topicHint')}</p>
            <div className="session-plan__write" aria-hidden="true">
              {Array.from(
                { length: TOPIC_LINES[isLargePrint ? 'large' : 'regular'] },
                (_, index) => (
                  <span key={index} className="session-plan__line" />
                ),
              )}
            </div>
          </PlanStep>
          <PlanStep title={t('printSession.plan.closing')}>
            <p className="session-plan__words">{guide.closing}</p>
          </PlanStep>
        </ol>
        <PlanSidebar facilitators={facilitators.data} resources={resources.data} />
      </div>
    </PrintSheet>
  );
}

function PlanStep({ title, children }: { title: string; children: ReactNode }) {
  return (
    <li className="session-plan__step">
      <h2 className="session-plan__heading">{title}</h2>
      {children}
    </li>
  );
}
