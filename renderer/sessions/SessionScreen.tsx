import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from '../i18n/use-translation';
import type { SessionDetail } from '../../shared/domain/sessions';
import { call } from '../api/client';
import { queryKeys } from '../app/query-keys';
import { useCalendarFormat } from '../calendar/calendar-format';
import { DetailList } from '../ui/DetailList';
import { PageHeader } from '../ui/PageHeader';
import { PrintTonightLink } from '../print/session-pages/PrintTonightLink';
import { QueryStatus } from '../ui/QueryStatus';
import { SessionCoverSection } from './cover/SessionCoverSection';
import { SessionActions } from './exceptions/SessionActions';
import { SessionIncidentsSection } from './incidents/SessionIncidentsSection';
import { SessionRecordSection } from './record/SessionRecordSection';
import { useSessionId } from './useSessionId';

/** One session: when and where, then who covers it, what happened, and any incident. */
export function SessionScreen() {
  const { t } = useTranslation();
  const id = useSessionId();
  const session = useQuery({
    queryKey: queryKeys.session(id),
    queryFn: () => call('getSession', { id }),
  });
  const data = session.data;
  return (
    <>
      {data && (
        <p className="breadcrumb">
          <Link to="/groups/$groupId" params={{ groupId: String(data.groupId) }}>
            {t('calendar.session.backToGroup', { name: data.groupName })}
          </Link>
        </p>
      )}
      <PageHeader
        title={data?.groupName ?? t('calendar.session.loadingTitle')}
        intro={data && <SessionWhen session={data} />}
        actions={data && <SessionActions session={data} />}
      />
      {data && data.status !== 'cancelled' && (
        <p className="session-print">
          <PrintTonightLink sessionId={data.id} />
        </p>
      )}
      <QueryStatus
        isPending={session.isPending}
        error={session.error}
        onRetry={() => void session.refetch()}
      />
      {data && (
        <>
          <SessionFacts session={data} />
          <SessionCoverSection session={data} />
          <SessionRecordSection session={data} />
          <SessionIncidentsSection session={data} />
        </>
      )}
    </>
  );
}

/** In the organisation's date region, like the calendar: "18:30" where the region says so. */
function SessionWhen({ session }: { session: SessionDetail }) {
  const format = useCalendarFormat();
  return (
    <span>
      {format.fullDay(session.localDate)} · {format.time(session.localStart)}
    </span>
  );
}

function SessionFacts({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const place = [session.locationName, session.room].filter(Boolean).join(' · ');
  return (
    <DetailList
      details={[
        { label: t('calendar.session.status'), value: t(`enums.sessionStatus.${session.status}`) },
        ...(session.status === 'cancelled'
          ? [{ label: t('calendar.session.cancelReason'), value: session.cancelReason }]
          : []),
        {
          label: t('calendar.session.duration'),
          value: t('calendar.session.minutes', { count: session.durationMinutes }),
        },
        { label: t('calendar.session.place'), value: place || t('calendar.session.online') },
      ]}
    />
  );
}
