import type { Resource } from '../../../shared/domain/resources';
import type { SessionFacilitatorRow } from '../../../shared/domain/session-cover';
import { usePrint } from '../print-context';
import { planResources } from './plan-parts';
import { LtrText } from '../../ui/LtrText';

interface PlanSidebarProps {
  facilitators: readonly SessionFacilitatorRow[];
  resources: readonly Resource[];
}

/** The plan's right-hand column: who is facilitating, who to refer to, and what to do in trouble. */
export function PlanSidebar({ facilitators, resources }: PlanSidebarProps) {
  const { t } = usePrint();
  const referrals = planResources(resources);
  return (
    <div className="session-plan__side">
      <section className="session-plan__box">
        <h2 className="session-plan__heading">{t('printSession.plan.facilitators')}</h2>
        {facilitators.length === 0 ? (
          <p>{t('printSession.plan.noFacilitators')}</p>
        ) : (
          <ul className="session-plan__people">
            {facilitators.map((person, index) => (
              <li key={index}>
                <strong>{person.displayName}</strong> ({t(`enums.facilitatorRole.${person.role}`)})
                {person.phone && <LtrText className="session-plan__phone">{person.phone}</LtrText>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="session-plan__box">
        <h2 className="session-plan__heading">{t('printSession.plan.referrals')}</h2>
        {referrals.shown.length === 0 ? (
          <p>{t('printSession.plan.noReferrals')}</p>
        ) : (
          <>
            <ul className="session-plan__people">
              {referrals.shown.map((resource) => (
                <li key={resource.id}>
                  <strong>{resource.name}</strong>
                  {resource.isCrisisLine && ` (${t('printSession.plan.crisisLine')})`}
                  {resource.phone && (
                    <LtrText className="session-plan__phone">{resource.phone}</LtrText>
                  )}
                  {resource.hours && <span>{resource.hours}</span>}
                </li>
              ))}
            </ul>
            {referrals.hasMore && <p>{t('printSession.plan.referralSheet')}</p>}
          </>
        )}
      </section>
      <section className="session-plan__box session-plan__incident">
        <h2 className="session-plan__heading">{t('printSession.plan.incident')}</h2>
        <ol>
          {(['calm', 'danger', 'crisis', 'record'] as const).map((step) => (
            <li key={step}>{t(`printSession.plan.incidentSteps.${step}`)}</li>
          ))}
        </ol>
      </section>
      <p className="session-plan__note">{t('printSession.plan.afterwards')}</p>
    </div>
  );
}
