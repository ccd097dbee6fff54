import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from '../i18n/use-translation';
import type { MyNextSession } from '../../shared/domain/session-dashboard';
import { useCalendarFormat } from '../calendar/calendar-format';
import { usePlaceText } from '../calendar/SessionItem';
import { PrintTonightLink } from '../print/session-pages/PrintTonightLink';
import { DetailList } from '../ui/DetailList';
import { QueryStatus } from '../ui/QueryStatus';
import { LtrText } from '../ui/LtrText';
import { myNextSessionQuery } from './dashboard-queries';

/**
 * What a facilitator comes to the PC for, first: their next session, where and when, who else
 * facilitates it (to call if something changes), and a button to open it and record it after.
 */
export function MyNextSessionPanel() {
  const { t } = useTranslation();
  const next = useQuery(myNextSessionQuery);
  return (
    <section className="panel my-next-session" aria-labelledby="my-next-session-title">
      <h2 id="my-next-session-title">{t('calendar.myNext.title')}</h2>
      <QueryStatus
        isPending={next.isPending}
        error={next.error}
        onRetry={() => void next.refetch()}
      />
      {next.data === null && <p>{t('calendar.myNext.none')}</p>}
      {next.data && <NextSession next={next.data} />}
    </section>
  );
}

function NextSession({ next }: { next: MyNextSession }) {
  const { t } = useTranslation();
  const format = useCalendarFormat();
  const placeText = usePlaceText();
  const { session, coFacilitators } = next;
  return (
    <>
      <p className="my-next-session__group">{session.groupName}</p>
      <DetailList
        details={[
          {
            label: t('calendar.myNext.when'),
            value: `${format.fullDay(session.localDate)} · ${format.time(session.localStart)}`,
          },
          { label: t('calendar.session.place'), value: placeText(session) },
          {
            label: t('calendar.myNext.coFacilitators'),
            value:
              coFacilitators.length === 0 ? (
                t('calendar.myNext.noCoFacilitators')
              ) : (
                <ul className="plain-list">
                  {coFacilitators.map((person) => (
                    <li key={`${person.displayName}-${person.phone}`}>
                      {person.displayName}
                      {person.phone && (
                        <>
                          {' · '}
                          <a href={`tel:${person.phone.replace(/[^+\d]/g, '')}`}>
                            <LtrText>{person.phone}</LtrText>
                          </a>
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              ),
          },
        ]}
      />
      <div className="my-next-session__actions">
        <Link
          to="/sessions/$sessionId"
          params={{ sessionId: String(session.id) }}
          className="button button--primary"
        >
          {t('calendar.myNext.open')}
        </Link>
        <PrintTonightLink sessionId={session.id} />
      </div>
    </>
  );
}
