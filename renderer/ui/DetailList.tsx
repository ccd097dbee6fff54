import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation';

export interface Detail {
  label: string;
  value: ReactNode;
  /** Long text (ground rules, descriptions) keeps its line breaks and takes the full width. */
  isLong?: boolean;
}

export function DetailList({ details }: { details: Detail[] }) {
  const { t } = useTranslation();
  return (
    <dl className="details">
      {details.map((detail) => (
        <div
          key={detail.label}
          className={detail.isLong ? 'details__item details__item--long' : 'details__item'}
        >
          <dt>{detail.label}</dt>
          <dd>
            {detail.value === '' || detail.value === null ? (
              <span className="muted">{t('common.notGiven')}</span>
            ) : typeof detail.value === 'string' ? (
              // Often typed by staff in another language than the screen's: its own direction,
              // so "Adults 18+" or an English sentence keeps its order in Arabic.
              <bdi>{detail.value}</bdi>
            ) : (
              detail.value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
