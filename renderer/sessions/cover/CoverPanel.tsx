import type { ReactNode } from 'react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { QueryStatus } from '../../ui/QueryStatus';

export interface CoverPanelRow {
  key: string;
  sessionId: number;
  text: string;
  fixLabel: string;
}

interface CoverPanelProps {
  id: string;
  title: string;
  intro: string;
  empty: string;
  query: { isPending: boolean; error: unknown; refetch: () => unknown };
  rows: readonly CoverPanelRow[] | undefined;
}

/** A dashboard list of cover problems, each in words with a link to fix it on the session. */
export function CoverPanel({ id, title, intro, empty, query, rows }: CoverPanelProps) {
  const { t } = useTranslation();
  let body: ReactNode = null;
  if (rows && rows.length === 0) body = <p className="cover-panel__empty">{empty}</p>;
  if (rows && rows.length > 0) {
    body = (
      <ul className="cover-panel__list">
        {rows.map((row) => (
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
    </section>
  );
}
