import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '../../i18n/use-translation';
import type { SessionAttendance } from '../../../shared/domain/session-records';
import type { SessionDetail } from '../../../shared/domain/sessions';
import { call } from '../../api/client';
import { useCanCall } from '../../app/can-call';
import { queryKeys } from '../../app/query-keys';
import { Button } from '../../ui/Button';
import { DetailList } from '../../ui/DetailList';
import { formatCivilDate } from '../../ui/format';
import { isolateTyped } from '../../ui/LtrText';
import { QueryStatus } from '../../ui/QueryStatus';
import { SessionRecordForm } from './SessionRecordForm';

/** The session page's record: held, headcount, newcomers, hours, notes, attendance. */
export function SessionRecordSection({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  // Read once as the page opens: a session starting while it is open shows after a reload.
  const [openedAt] = useState(() => Date.now());
  const hasStarted = Date.parse(session.startsAt) <= openedAt;
  const isRecordable = hasStarted && session.status !== 'cancelled';
  return (
    <section aria-labelledby="record-heading" className="session-record">
      <h2 id="record-heading">{t('sessionRecord.section.title')}</h2>
      {session.status === 'cancelled' && <p>{t('sessionRecord.section.cancelled')}</p>}
      {session.status !== 'cancelled' && !hasStarted && <p>{t('sessionRecord.section.notYet')}</p>}
      {isRecordable && <RecordOrForm session={session} />}
    </section>
  );
}

function RecordOrForm({ session }: { session: SessionDetail }) {
  const canRecord = useCanCall('recordSession');
  const [isEditing, setIsEditing] = useState(false);
  const attendance = useQuery({
    queryKey: queryKeys.sessionAttendance(session.id),
    queryFn: () => call('getSessionAttendance', { id: session.id }),
  });
  if (!attendance.data) {
    return (
      <QueryStatus
        isPending={attendance.isPending}
        error={attendance.error}
        onRetry={() => void attendance.refetch()}
      />
    );
  }
  if (session.recordedAt === null || isEditing) {
    return (
      <SessionRecordForm
        session={session}
        attendance={attendance.data}
        onDone={session.recordedAt === null ? null : () => setIsEditing(false)}
      />
    );
  }
  return (
    <RecordSummary
      session={session}
      attendance={attendance.data}
      onEdit={canRecord ? () => setIsEditing(true) : null}
    />
  );
}

function RecordSummary({
  session,
  attendance,
  onEdit,
}: {
  session: SessionDetail;
  attendance: SessionAttendance;
  onEdit: (() => void) | null;
}) {
  const { t, i18n } = useTranslation();
  const hours = attendance.facilitators.filter((f) => f.hours !== null);
  const attended = attendance.roster.filter((p) =>
    attendance.attendedParticipantIds.includes(p.id),
  );
  return (
    <>
      <DetailList
        details={[
          { label: t('sessionRecord.fields.headcount'), value: String(session.headcount ?? '') },
          { label: t('sessionRecord.fields.newcomers'), value: String(session.newcomers ?? '') },
          {
            label: t('sessionRecord.details.hours'),
            // A sentence in the screen's language, not typed text: no <bdi> of its own, or the
            // first name ("Ruth Jones: 2 h") would turn the whole Arabic line left to right.
            value:
              hours.length === 0 ? (
                t('sessionRecord.details.noHours')
              ) : (
                <>
                  {hours
                    .map((f) =>
                      t('sessionRecord.details.hoursValue', {
                        name: isolateTyped(f.displayName),
                        hours: f.hours,
                      }),
                    )
                    .join(' · ')}
                </>
              ),
          },
          ...(session.rosterMode === 'named_with_consent'
            ? [
                {
                  label: t('sessionRecord.fields.attendance'),
                  value:
                    attended.length === 0
                      ? t('sessionRecord.nobodyAttended')
                      : attended.map((p) => p.name).join(', '),
                },
              ]
            : []),
          { label: t('sessionRecord.fields.notes'), value: session.notes, isLong: true },
        ]}
      />
      {session.recordedAt && (
        <p className="muted">
          {t('sessionRecord.section.recordedOn', {
            date: formatCivilDate(session.recordedAt.slice(0, 10), i18n.language),
          })}
        </p>
      )}
      {onEdit && <Button onPress={onEdit}>{t('sessionRecord.section.edit')}</Button>}
    </>
  );
}
