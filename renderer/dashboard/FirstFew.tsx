import { useState, type ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { Button } from '../ui/Button';

/** How many items a dashboard panel lists before "Show all": readable at a glance. */
export const DASHBOARD_ITEMS = 8;

/**
 * The first few of a panel's items (they come most urgent first), and below them how many
 * there are with a button to list them all. A big centre's hundreds of conflicts would make
 * the dashboard unreadable and slow to draw; the rest stays one click away.
 * `labelledBy` is the panel's heading, so the button says what it shows all of; `cap` is the
 * most the core sends (a full list may then stand for more).
 */
export function useFirstFew<T>(
  items: readonly T[] | undefined,
  labelledBy: string,
  cap = Infinity,
): { shown: readonly T[]; more: ReactNode } {
  const [isAll, setIsAll] = useState(false);
  const list = items ?? [];
  if (list.length <= DASHBOARD_ITEMS) return { shown: list, more: null };
  return {
    shown: isAll ? list : list.slice(0, DASHBOARD_ITEMS),
    more: (
      <MoreLine
        count={list.length}
        isCapped={list.length >= cap}
        isAll={isAll}
        labelledBy={labelledBy}
        onToggle={() => setIsAll(!isAll)}
      />
    ),
  };
}

interface MoreLineProps {
  count: number;
  isCapped: boolean;
  isAll: boolean;
  labelledBy: string;
  onToggle: () => void;
}

function MoreLine({ count, isCapped, isAll, labelledBy, onToggle }: MoreLineProps) {
  const { t } = useTranslation();
  const shown = DASHBOARD_ITEMS;
  const buttonId = `${labelledBy}-more`;
  return (
    <p className="dashboard-more">
      {!isAll && (
        <span>
          {t(isCapped ? 'dashboardPanels.shownOfAtLeast' : 'dashboardPanels.shownOf', {
            shown,
            count,
          })}
        </span>
      )}
      <Button
        id={buttonId}
        variant="quiet"
        aria-labelledby={`${buttonId} ${labelledBy}`}
        aria-expanded={isAll}
        onPress={onToggle}
      >
        {isAll
          ? t('dashboardPanels.showFirst', { shown })
          : t('dashboardPanels.showAll', { count })}
      </Button>
    </p>
  );
}
