import type { TFunction } from 'i18next';
import { useTranslation } from '../i18n/use-translation';
import type { Readiness, ReadinessProblem } from '../../shared/domain/readiness';
import { useDateLocale } from '../i18n/date-locale';
import { formatCivilDate } from '../ui/format';

// How a volunteer's readiness reads wherever it shows: the list, the detail page, facilitator
// assignment. Always in words and with a border style, never by colour alone.

export function ReadinessBadge({ readiness }: { readiness: Readiness }) {
  const { t } = useTranslation();
  return readinessBadge(readiness, t);
}

/** The badge for a list's rows, drawn with the list's `t` (no hook per row). */
export function readinessBadge(readiness: Readiness, t: TFunction) {
  return (
    <span className={`badge badge--readiness-${readiness.state}`}>
      {t(`readiness.state.${readiness.state}`)}
    </span>
  );
}

/** One problem in a sentence: "Safeguarding expired on 3 Nov 2026". */
export function useDescribeReadinessProblem(): (problem: ReadinessProblem) => string {
  const { t } = useTranslation();
  const locale = useDateLocale();
  return (problem) => {
    const date = 'date' in problem && problem.date ? formatCivilDate(problem.date, locale) : '';
    switch (problem.item) {
      case 'status':
        return t(`readiness.status.${problem.reason}`);
      case 'background_check':
        return t(`readiness.backgroundCheck.${problem.reason}`, { date });
      case 'training':
        return t(`readiness.training.${problem.reason}`, { name: problem.trainingName, date });
    }
  };
}

/** The badge and, when not ready or expiring, what is wrong, as a list a screen reader reads. */
export function ReadinessSummary({ readiness }: { readiness: Readiness }) {
  const describe = useDescribeReadinessProblem();
  return (
    <div className="readiness">
      <ReadinessBadge readiness={readiness} />
      {readiness.problems.length > 0 && (
        <ul className="readiness__problems">
          {readiness.problems.map((problem) => (
            <li key={JSON.stringify(problem)}>{describe(problem)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
