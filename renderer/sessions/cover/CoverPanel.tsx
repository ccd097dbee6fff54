import type { ReactNode } from 'react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from '../../i18n/use-translation';
import { useFirstFew } from '../../dashboard/FirstFew';
import { QueryStatus } from '../../ui/QueryStatus';

export interface CoverPanelRow {
  key: string;
  sessionId: number;
  text: string;
  fixLabel: string;
}

interface CoverPanelProps<T> {
  id: string;
  title: string;
  intro: string;
  empty: string;
  query: {
    data: readonly T[] | undefined;
    isPending: boolean;
    error: unknown;
    refetch: () => unknown;
  };
  /** Only the items shown are put in words. */
  toRow: (item: T) => CoverPanelRow;
  /** The most the core sends, if it cuts the list: a full list then says "at least". */
  cap?: number;
}

/**
 * A dashboard list of cover problems, soonest first, each in words with a link to fix it on
 * the session: the first few, and the rest on request (useFirstFew).
 */
export function CoverPanel<T>({ id, title, intro, empty, query, toRow, cap }: CoverPanelProps<T>) {
  const { t } = useTranslation();
  const { shown, more } = useFirstFew(query.data, id, cap);
  let body: ReactNode = null;
  if (query.data && query.data.length === 0) body = <p className="cover-panel__empty">{empty}</p>;
  if (shown.length > 0) {
    body = (
      <ul className="cover-panel__list">
        {shown.map(toRow).map((row) => (
          <li key={row.key} className="cover-panel__row">
            <span>{row.text}</span>
            <Link
              to="/sessions/$sessionId"
              params={{ sessionId: String(row.sessionId) }}
              aria-label={row.fixLabel}
            >
              {t('cover.section.fix')}
            </Link>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <section className="cover-panel card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p>{intro}</p>
      <QueryStatus
        isPending={query.isPending}
        error={query.error}
        onRetry={() => void query.refetch()}
      />
      {body}
      {more}
    </section>
  );
}
