// The audit screen's queries, one definition each: the screen reads them and the router starts
// them as soon as the address changes (renderer/app/route-prefetch.ts), so both use one cache key.
import { queryOptions } from '@tanstack/react-query';
import type { AuditLogFilters } from '../../shared/domain/audit';
import { call } from '../api/client';
import { queryKeys } from '../app/query-keys';

export const auditLogQuery = (input: AuditLogFilters) =>
  queryOptions({
    queryKey: queryKeys.auditLogPage(input),
    queryFn: () => call('listAuditLog', input),
  });
