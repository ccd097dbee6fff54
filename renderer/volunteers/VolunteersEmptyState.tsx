import { useTranslation } from '../i18n/use-translation';
import { Button } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';
import { ImportVolunteersLink } from '../volunteer-import/ImportVolunteersLink';
import { AddVolunteerLink } from './AddVolunteerLink';

interface VolunteersEmptyStateProps {
  isFiltered: boolean;
  onClearFilters: () => void;
}

/** Tells "there are no volunteers yet" apart from "nothing matches what you picked". */
export function VolunteersEmptyState({ isFiltered, onClearFilters }: VolunteersEmptyStateProps) {
  const { t } = useTranslation();
  if (!isFiltered) {
    return (
      <EmptyState
        title={t('volunteers.emptyTitle')}
        action={
          <div className="empty-state__actions">
            <AddVolunteerLink />
            <ImportVolunteersLink />
          </div>
        }
      >
        {t('volunteers.emptyText')}
      </EmptyState>
    );
  }
  return (
    <EmptyState
      title={t('volunteers.noMatchTitle')}
      action={<Button onPress={onClearFilters}>{t('volunteers.clearFilters')}</Button>}
    >
      {t('volunteers.noMatchText')}
    </EmptyState>
  );
}
