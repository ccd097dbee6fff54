import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '../../i18n/use-translation';
import { COVERAGE_DAYS, type CoverageGap } from '../../../shared/domain/session-cover';
import { useCanCall } from '../../app/can-call';
import { useCalendarFormat } from '../../calendar/calendar-format';
import { coverageGapsQuery } from '../../dashboard/dashboard-queries';
import { CoverPanel } from './CoverPanel';

/** Sessions in the next 14 days with no ready lead, each with a way to fix it (staff only). */
export function CoverageGapsPanel() {
  return useCanCall('listCoverageGaps') ? <Gaps /> : null;
}

function Gaps() {
  const { t } = useTranslation();
  const format = useCalendarFormat();
  const gaps = useQuery(coverageGapsQuery);
  const toRow = (gap: CoverageGap) => {
    const words = {
      group: gap.groupName,
      date: format.fullDay(gap.localDate),
      time: format.time(gap.localStart),
    };
    return {
      key: String(gap.sessionId),
      sessionId: gap.sessionId,
      text: t(`cover.gaps.row.${gap.reason}`, words),
      fixLabel: t('cover.gaps.fixLabel', words),
    };
  };
  return (
    <CoverPanel
      id="coverage-gaps-heading"
      title={t('cover.gaps.title')}
      intro={t('cover.gaps.intro', { days: COVERAGE_DAYS })}
      empty={t('cover.gaps.empty', { days: COVERAGE_DAYS })}
      query={gaps}
      toRow={toRow}
    />
  );
}
