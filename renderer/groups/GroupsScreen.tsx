import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from '../i18n/use-translation';
import type { Schedule } from '../../shared/domain/groups';
import { csvFileName, groupsCsv } from '../csv-export/list-csv';
import { useCsvExport } from '../csv-export/useCsvExport';
import { useDateLocale } from '../i18n/date-locale';
import { localToday } from '../ui/format';
import { useCanEdit } from '../app/vault-context';
import { Button } from '../ui/Button';
import { PageHeader } from '../ui/PageHeader';
import { QueryStatus } from '../ui/QueryStatus';
import { useDebouncedValue } from '../ui/useDebouncedValue';
import {
  applyStatusFilter,
  DEFAULT_FILTERS,
  toListInput,
  type GroupFilters,
} from './group-filters';
import { describeSchedule } from './describe-schedule';
import { GroupFilterBar } from './GroupFilterBar';
import { GroupsEmptyState } from './GroupsEmptyState';
import { GroupsTable } from './GroupsTable';
import { groupListQuery } from './group-queries';
import { usePagedRows } from '../ui/usePagedRows';

export function GroupsScreen() {
  const { t, i18n } = useTranslation();
  const locale = useDateLocale();
  const navigate = useNavigate();
  const canEdit = useCanEdit();
  const [filters, setFilters] = useState<GroupFilters>(DEFAULT_FILTERS);
  const search = useDebouncedValue(filters.search);
  const input = toListInput({ ...filters, search });
  const groups = useQuery({ ...groupListQuery(input), placeholderData: keepPreviousData });
  const shown = groups.data ? applyStatusFilter(groups.data, filters.status) : [];
  // What the list shows (its filters): the page and the export both start again when it changes.
  const listKey = JSON.stringify(filters);
  const page = usePagedRows(shown, {
    label: t('listPages.groups'),
    listKey,
  });
  const csvExport = useCsvExport({
    listKey,
    count: groups.data && !groups.isPlaceholderData ? shown.length : undefined,
    fileName: () => csvFileName('groups', localToday()),
    build: () => {
      const text = { t, language: i18n.language };
      const describe = (schedule: Schedule) => describeSchedule(schedule, t, locale);
      const csv = groupsCsv(shown, { ...text, describeSchedule: describe });
      return Promise.resolve({ csv, rows: shown.length });
    },
  });

  return (
    <>
      <PageHeader
        title={t('groups.title')}
        intro={t('groups.intro')}
        actions={
          canEdit && (
            <>
              {csvExport.button}
              <Button variant="primary" onPress={() => void navigate({ to: '/groups/new' })}>
                {t('groups.new')}
              </Button>
            </>
          )
        }
      />
      {csvExport.status}
      <GroupFilterBar filters={filters} onChange={setFilters} />
      <QueryStatus
        isPending={groups.isPending}
        error={groups.error}
        onRetry={() => void groups.refetch()}
      />
      {groups.data &&
        (shown.length > 0 ? (
          <>
            <GroupsTable groups={page.shown} />
            {page.pager}
          </>
        ) : (
          <GroupsEmptyState filters={filters} onChangeFilters={setFilters} />
        ))}
    </>
  );
}
