import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '../../i18n/use-translation';
import type { SessionRow } from '../../../shared/domain/sessions';
import { organisationQuery } from '../../app/organisation-query';
import { useCalendarFormat } from '../../calendar/calendar-format';
import { SessionItem } from '../../calendar/SessionItem';
import { Pager } from '../../ui/Pager';
import { QueryStatus } from '../../ui/QueryStatus';
import { groupSessionsInput, sessionListQuery, type GroupSessionsKind } from '../group-queries';

/** Ten sessions a page: a term's worth of weekly meetings at a glance. */
const PER_PAGE = 10;

/** A group's sessions on its page: the coming ones from today, the recent ones newest first. */
export function GroupSessionsSection({ groupId }: { groupId: number }) {
  const { t } = useTranslation();
  const timeZone = useQuery(organisationQuery).data?.timeZone;
  if (!timeZone) return null;
  return (
    <section className="detail-section" aria-labelledby="group-sessions-title">
      <h2 id="group-sessions-title">{t('calendar.groupSessions.title')}</h2>
      <SessionPages groupId={groupId} kind="upcoming" timeZone={timeZone} />
      <SessionPages groupId={groupId} kind="recent" timeZone={timeZone} />
    </section>
  );
}

interface SessionPagesProps {
  groupId: number;
  kind: GroupSessionsKind;
  timeZone: string;
}

function SessionPages({ groupId, kind, timeZone }: SessionPagesProps) {
  const { t } = useTranslation();
  const format = useCalendarFormat();
  const [page, setPage] = useState(1);
  const sessions = useQuery(sessionListQuery(groupSessionsInput(groupId, kind, timeZone)));
  const rows: SessionRow[] =
    kind === 'recent' ? [...(sessions.data ?? [])].reverse() : (sessions.data ?? []);
  const pages = Math.max(1, Math.ceil(rows.length / PER_PAGE));
  const shown = rows.slice((page - 1) * PER_PAGE, page * PER_PAGE);
  const headingId = `group-sessions-${kind}`;
  // Each header once, not once a row.
  const label = {
    date: t('calendar.groupSessions.date'),
    session: t('calendar.groupSessions.session'),
    status: t('calendar.session.status'),
    record: t('calendar.groupSessions.record'),
  };
  return (
    <div className="group-sessions">
      <h3 id={headingId}>{t(`calendar.groupSessions.${kind}`)}</h3>
      <QueryStatus
        isPending={sessions.isPending}
        error={sessions.error}
        onRetry={() => void sessions.refetch()}
      />
      {sessions.data && rows.length === 0 && <p>{t(`calendar.groupSessions.none.${kind}`)}</p>}
      {shown.length > 0 && (
        <table className="table table--stack" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">{label.date}</th>
              <th scope="col">{label.session}</th>
              <th scope="col">{label.status}</th>
              <th scope="col">{label.record}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((session) => (
              <tr key={session.id}>
                <th scope="row">{format.fullDay(session.localDate)}</th>
                <td data-label={label.session}>
                  <SessionItem session={session} format={format} showPlace />
                </td>
                <td data-label={label.status}>{t(`enums.sessionStatus.${session.status}`)}</td>
                <td data-label={label.record}>
                  {session.hasRecord
                    ? t('calendar.groupSessions.recorded')
                    : t('calendar.groupSessions.notRecorded')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pages > 1 && (
        <Pager
          page={page}
          pages={pages}
          onPage={setPage}
          label={t(`calendar.groupSessions.pages.${kind}`)}
        />
      )}
    </div>
  );
}
