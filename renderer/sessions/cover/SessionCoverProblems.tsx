import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '../../i18n/use-translation';
import type { CoverageGap, SessionFacilitator } from '../../../shared/domain/session-cover';
import { sessionCoverConflictsQuery } from '../../dashboard/dashboard-queries';
import { Button } from '../../ui/Button';
import { QueryStatus } from '../../ui/QueryStatus';
import type { CoverFix } from './cover-form';

interface SessionCoverProblemsProps {
  sessionId: number;
  gap: CoverageGap['reason'] | null;
  lead: SessionFacilitator | null;
  onFix: (fix: CoverFix) => void;
}

interface Problem {
  key: string;
  text: string;
  fix: CoverFix;
  fixLabel: string;
}

/** This session's gap and conflicts, each with a button that opens the change dialog on it. */
export function SessionCoverProblems({ sessionId, gap, lead, onFix }: SessionCoverProblemsProps) {
  const { t } = useTranslation();
  const conflicts = useQuery(sessionCoverConflictsQuery(sessionId));
  const problems: Problem[] = [];
  if (gap === 'no_lead') {
    problems.push({
      key: 'gap',
      text: t('cover.gap.no_lead'),
      fix: { replaceId: null },
      fixLabel: t('cover.section.chooseLead'),
    });
  } else if (gap === 'lead_not_ready' && lead) {
    problems.push({
      key: 'gap',
      text: t('cover.gap.lead_not_ready'),
      fix: { replaceId: lead.volunteerId },
      fixLabel: t('cover.section.fixNamed', { name: lead.displayName }),
    });
  }
  for (const c of conflicts.data ?? []) {
    // A lead who is not ready is already the gap above: one problem, one fix.
    if (c.kind === 'not_ready' && gap === 'lead_not_ready' && c.volunteerId === lead?.volunteerId) {
      continue;
    }
    problems.push({
      key: `${c.kind}:${c.volunteerId}:${c.otherSessionId ?? ''}`,
      text: t(`cover.conflict.${c.kind}`, { name: c.volunteerName, other: c.otherGroupName }),
      fix: { replaceId: c.volunteerId },
      fixLabel: t('cover.section.fixNamed', { name: c.volunteerName }),
    });
  }
  // The section keeps its place while the clashes load (nothing below it jumps), and says
  // "covered" only once they have come back empty: a failed read offers a retry instead.
  return (
    <section className="session-cover__problems" aria-labelledby="session-cover-problems">
      <h3 id="session-cover-problems">{t('cover.section.problemsHeading')}</h3>
      {problems.length === 0 && conflicts.isSuccess && <p>{t('cover.section.noProblems')}</p>}
      {problems.length > 0 && (
        <ul className="cover-problems">
          {problems.map((p) => (
            <li key={p.key} className="alert alert--warning cover-problems__row">
              <span>{p.text}</span>
              <Button onPress={() => onFix(p.fix)}>{p.fixLabel}</Button>
            </li>
          ))}
        </ul>
      )}
      <QueryStatus
        isPending={conflicts.isPending}
        error={conflicts.error}
        onRetry={() => void conflicts.refetch()}
      />
    </section>
  );
}
