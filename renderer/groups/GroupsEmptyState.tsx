import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '../i18n/use-translation';
import { call } from '../api/client';
import { queryKeys } from '../app/query-keys';
import { Button } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';
import { CreateFirstGroupButton } from './CreateFirstGroupButton';
import { DEFAULT_FILTERS, isDefaultFilters, type GroupFilters } from './group-filters';

interface GroupsEmptyStateProps {
  filters: GroupFilters;
  onChangeFilters: (filters: GroupFilters) => void;
}

/** Tells "there are no groups yet" apart from "nothing matches what you picked". */
export function GroupsEmptyState({ filters, onChangeFilters }: GroupsEmptyStateProps) {
  const { t } = useTranslation();
  const dashboard = useQuery({
    queryKey: queryKeys.dashboard,
    queryFn: () => call('getDashboard', {}),
  });
  if (!dashboard.data) return null;
  const { active, paused, archived } = dashboard.data.groupsByStatus;

  if (active + paused + archived === 0) {
    return (
      <EmptyState title={t('groups.emptyTitle')} action={<CreateFirstGroupButton />}>
        {t('groups.emptyText')}
      </EmptyState>
    );
  }
  if (isDefaultFilters(filters)) {
    return (
      <EmptyState
        title={t('groups.onlyArchivedTitle')}
        action={
          <Button onPress={() => onChangeFilters({ ...filters, status: 'archived' })}>
            {t('groups.showArchived')}
          </Button>
        }
      >
        {t('groups.onlyArchivedText')}
      </EmptyState>
    );
  }
  return (
    <EmptyState
      title={t('groups.noMatchTitle')}
      action={
        <Button onPress={() => onChangeFilters(DEFAULT_FILTERS)}>{t('groups.clearFilters')}</Button>
      }
    >
      {t('groups.noMatchText')}
    </EmptyState>
  );
}
