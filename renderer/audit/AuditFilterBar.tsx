import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '../i18n/use-translation';
import { DateInputField } from '../ui/DateTimeFields';
import { SelectField } from '../ui/SelectField';
import { userListQuery } from '../users/user-queries';
import type { AuditFilterValues } from './audit-filters';
import { actionName, entityName } from './audit-words';

interface AuditFilterBarProps {
  values: AuditFilterValues;
  onChange: (values: AuditFilterValues) => void;
  /** The entities and actions the log names, from the last page read. */
  entities: readonly string[];
  actions: readonly string[];
}

export function AuditFilterBar({ values, onChange, entities, actions }: AuditFilterBarProps) {
  const { t } = useTranslation();
  const users = useQuery(userListQuery);
  const set = (name: keyof AuditFilterValues) => (value: string) =>
    onChange({ ...values, [name]: value });
  const sortedBy = (name: (value: string) => string, list: readonly string[]) =>
    list
      .map((value) => ({ value, label: name(value) }))
      .sort((a, b) => a.label.localeCompare(b.label));
  return (
    <div
      role="search"
      aria-label={t('audit.filtersHeading')}
      className="filter-bar filter-bar--audit"
    >
      <SelectField
        label={t('audit.user')}
        value={values.userId}
        onChange={set('userId')}
        options={[
          { value: '', label: t('audit.anyUser') },
          ...(users.data ?? []).map((user) => ({
            value: String(user.id),
            label: user.displayName,
          })),
        ]}
      />
      <SelectField
        label={t('audit.entity')}
        value={values.entity}
        onChange={set('entity')}
        options={[
          { value: '', label: t('audit.anyEntity') },
          ...sortedBy((entity) => entityName(t, entity), entities),
        ]}
      />
      <SelectField
        label={t('audit.action')}
        value={values.action}
        onChange={set('action')}
        options={[
          { value: '', label: t('audit.anyAction') },
          ...sortedBy((action) => actionName(t, action), actions),
        ]}
      />
      <DateInputField label={t('audit.from')} value={values.fromDate} onChange={set('fromDate')} />
      <DateInputField label={t('audit.to')} value={values.toDate} onChange={set('toDate')} />
    </div>
  );
}
