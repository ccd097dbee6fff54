import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '../../i18n/use-translation';
import {
  COVER_CONFLICTS_LIMIT,
  COVERAGE_DAYS,
  type CoverConflict,
} from '../../../shared/domain/session-cover';
import { useCanCall } from '../../app/can-call';
import { useCalendarFormat } from '../../calendar/calendar-format';
import { coverConflictsQuery } from '../../dashboard/dashboard-queries';
import { CoverPanel } from './CoverPanel';

/** Volunteers double-booked, outside their availability or not ready, each with a way to fix it (staff only). */
export function CoverConflictsPanel() {
  return useCanCall('listCoverConflicts') ? <Conflicts /> : null;
}

function Conflicts() {
  const { t } = useTranslation();
  const format = useCalendarFormat();
  const conflicts = useQuery(coverConflictsQuery);
  const toRow = (c: CoverConflict) => {
    const words = {
      name: c.volunteerName,
      group: c.groupName,
      other: c.otherGroupName ?? '',
      date: format.fullDay(c.localDate),
      time: format.time(c.localStart),
    };
    return {
      key: `${c.kind}:${c.sessionId}:${c.volunteerId}:${c.otherSessionId ?? ''}`,
      sessionId: c.sessionId,
      text: t(`cover.conflicts.row.${c.kind}`, words),
      fixLabel: t('cover.conflicts.fixLabel', words),
    };
  };
  return (
    <CoverPanel
      id="cover-conflicts-heading"
      title={t('cover.conflicts.title')}
      intro={t('cover.conflicts.intro', { days: COVERAGE_DAYS })}
      empty={t('cover.conflicts.empty', { days: COVERAGE_DAYS })}
      query={conflicts}
      toRow={toRow}
      cap={COVER_CONFLICTS_LIMIT}
    />
  );
}
