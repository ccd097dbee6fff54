import type { AuditLogFilters } from '../../shared/domain/audit';

/** The filter bar's values: '' means "any". */
export interface AuditFilterValues {
  userId: string;
  entity: string;
  action: string;
  fromDate: string;
  toDate: string;
}

export const NO_FILTERS: AuditFilterValues = {
  userId: '',
  entity: '',
  action: '',
  fromDate: '',
  toDate: '',
};

export const hasFilters = (values: AuditFilterValues) =>
  Object.values(values).some((value) => value !== '');

const orNull = (value: string) => (value === '' ? null : value);

export function toListInput(values: AuditFilterValues, page: number): AuditLogFilters {
  return {
    userId: values.userId === '' ? null : Number(values.userId),
    entity: orNull(values.entity),
    action: orNull(values.action),
    fromDate: orNull(values.fromDate),
    toDate: orNull(values.toDate),
    page,
    limit: 50,
  };
}
