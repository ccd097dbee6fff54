import { useEffect, useEffectEvent, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from '../i18n/use-translation';
import { call } from '../api/client';
import { csvFileName, volunteersCsv } from '../csv-export/list-csv';
import { useCsvExport } from '../csv-export/useCsvExport';
import { localToday } from '../ui/format';
import { PageHeader } from '../ui/PageHeader';
import { QueryStatus } from '../ui/QueryStatus';
import { useDebouncedValue } from '../ui/useDebouncedValue';
import { ImportVolunteersLink } from '../volunteer-import/ImportVolunteersLink';
import { AddVolunteerLink } from './AddVolunteerLink';
import {
  clearFilters,
  dropDefaults,
  isFiltered,
  lastPage,
  listStateOf,
  sortedBy,
  toExportVolunteersInput,
  toListVolunteersInput,
  withFilters,
  type VolunteerListState,
} from './volunteer-list-search';
import { VolunteerFilterBar } from './VolunteerFilterBar';
import { useRangeText, VolunteerPager } from './VolunteerPager';
import { VolunteersEmptyState } from './VolunteersEmptyState';
import { VolunteersTable } from './VolunteersTable';
import { volunteerListQuery } from './volunteer-queries';

// Paged, not virtualised: the core sends 50 rows at a time, so 5,000 volunteers never cross
// the bridge at once; a plain 50-row table renders at once, reads row by row in a screen reader
// and prints as it looks.
export function VolunteersScreen() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const list = listStateOf(useSearch({ from: '/volunteers' }));
  const show = (next: VolunteerListState, replace = false) =>
    void navigate({ to: '/volunteers', search: dropDefaults(next), replace });

  const [searchText, setSearchText] = useState(list.search);
  const debouncedSearch = useDebouncedValue(searchText);
  // Back or "Clear filters" can change the search in the address: the box follows it.
  const [addressSearch, setAddressSearch] = useState(list.search);
  if (addressSearch !== list.search) {
    setAddressSearch(list.search);
    if (list.search !== debouncedSearch) setSearchText(list.search);
  }
  // Typing replaces the address rather than adding a Back step per word.
  const showSearch = useEffectEvent((search: string) => {
    if (search !== list.search) show(withFilters(list, { search }), true);
  });
  useEffect(() => showSearch(debouncedSearch), [debouncedSearch]);

  const input = toListVolunteersInput(list);
  const volunteers = useQuery({ ...volunteerListQuery(input), placeholderData: keepPreviousData });
  const data = volunteers.data;
  const pages = data ? lastPage(data.total) : 1;
  // A list that shrank (a volunteer erased, a filter from an old link) keeps a page that exists.
  const keepPageInRange = useEffectEvent((pageCount: number) => {
    if (list.page > pageCount) show({ ...list, page: pageCount }, true);
  });
  const isSettled = data !== undefined && !volunteers.isPlaceholderData;
  useEffect(() => {
    if (isSettled) keepPageInRange(pages);
  }, [isSettled, pages]);
  const { caption } = useRangeText(list.page, data?.total ?? 0);
  // Every page, not the one shown: the filters and order are the screen's.
  const csvExport = useCsvExport({
    listKey: JSON.stringify(toExportVolunteersInput(list)),
    count: isSettled ? data.total : undefined,
    fileName: () => csvFileName('volunteers', localToday()),
    build: async () => {
      const rows = await call('exportVolunteers', toExportVolunteersInput(list));
      return { csv: volunteersCsv(rows, { t, language: i18n.language }), rows: rows.length };
    },
  });

  return (
    <>
      <PageHeader
        title={t('volunteers.title')}
        intro={t('volunteers.intro')}
        actions={
          <>
            {csvExport.button}
            <ImportVolunteersLink />
            <AddVolunteerLink />
          </>
        }
      />
      {csvExport.status}
      <VolunteerFilterBar
        searchText={searchText}
        onSearchTextChange={setSearchText}
        filters={list}
        onChange={(change) => show(withFilters({ ...list, search: searchText }, change))}
      />
      <QueryStatus
        isPending={volunteers.isPending}
        error={volunteers.error}
        onRetry={() => void volunteers.refetch()}
      />
      {data &&
        (data.total > 0 ? (
          <>
            <VolunteersTable
              volunteers={data.rows}
              caption={caption}
              list={list}
              onSort={(sort) => show(sortedBy(list, sort))}
            />
            <VolunteerPager
              page={list.page}
              total={data.total}
              onPage={(page) => show({ ...list, page })}
            />
          </>
        ) : (
          <VolunteersEmptyState
            isFiltered={isFiltered(list)}
            onClearFilters={() => show(clearFilters(list))}
          />
        ))}
    </>
  );
}
