import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from '../i18n/use-translation';
import { Button } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';
import { PageHeader } from '../ui/PageHeader';
import { QueryStatus } from '../ui/QueryStatus';
import { hasFilters, NO_FILTERS, toListInput, type AuditFilterValues } from './audit-filters';
import { AuditFilterBar } from './AuditFilterBar';
import { AuditPager } from './AuditPager';
import { auditLogQuery } from './audit-queries';
import { AuditTable } from './AuditTable';
import { VerifyAuditLog } from './VerifyAuditLog';

/** The admin's view of who did what: filters, a page of entries, and the chain check. */
export function AuditScreen() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<AuditFilterValues>(NO_FILTERS);
  const [page, setPage] = useState(1);
  const input = toListInput(filters, page);
  const log = useQuery({ ...auditLogQuery(input), placeholderData: keepPreviousData });
  const changeFilters = (values: AuditFilterValues) => {
    setFilters(values);
    setPage(1);
  };
  const data = log.data;
  return (
    <>
      <PageHeader title={t('audit.title')} intro={t('audit.intro')} />
      <VerifyAuditLog />
      <AuditFilterBar
        values={filters}
        onChange={changeFilters}
        entities={data?.entities ?? []}
        actions={data?.actions ?? []}
      />
      <QueryStatus isPending={log.isPending} error={log.error} onRetry={() => void log.refetch()} />
      {data &&
        (data.entries.length > 0 ? (
          <>
            <AuditTable entries={data.entries} total={data.total} />
            <AuditPager
              page={data.page}
              pages={Math.ceil(data.total / data.limit)}
              onPage={setPage}
            />
          </>
        ) : (
          <EmptyState
            title={t('audit.emptyTitle')}
            action={
              hasFilters(filters) && (
                <Button onPress={() => changeFilters(NO_FILTERS)}>{t('audit.clearFilters')}</Button>
              )
            }
          >
            {t('audit.emptyText')}
          </EmptyState>
        ))}
    </>
  );
}
