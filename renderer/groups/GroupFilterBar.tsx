import { useTranslation } from '../i18n/use-translation';
import { GROUP_FOCUSES, GROUP_FORMATS, GROUP_STATUSES } from '../../shared/domain/groups';
import { enumOptions } from '../ui/options';
import { SelectField } from '../ui/SelectField';
import { TextInputField } from '../ui/TextInputField';
import type { GroupFilters } from './group-filters';

interface GroupFilterBarProps {
  filters: GroupFilters;
  onChange: (filters: GroupFilters) => void;
}

export function GroupFilterBar({ filters, onChange }: GroupFilterBarProps) {
  const { t } = useTranslation();
  const all = { value: '', label: t('groups.filters.any') };
  return (
    <div role="search" className="filter-bar">
      <TextInputField
        type="search"
        label={t('groups.filters.search')}
        value={filters.search}
        onChange={(search) => onChange({ ...filters, search })}
        className="filter-bar__search"
      />
      <SelectField
        label={t('groups.filters.status')}
        value={filters.status}
        onChange={(status) => onChange({ ...filters, status: status as GroupFilters['status'] })}
        options={[
          { value: 'current', label: t('groups.filters.current') },
          { value: 'all', label: t('groups.filters.all') },
          ...enumOptions(GROUP_STATUSES, t, 'enums.status'),
        ]}
      />
      <SelectField
        label={t('groups.fields.focus')}
        value={filters.focus}
        onChange={(focus) => onChange({ ...filters, focus: focus as GroupFilters['focus'] })}
        options={[all, ...enumOptions(GROUP_FOCUSES, t, 'enums.focus')]}
      />
      <SelectField
        label={t('groups.fields.format')}
        value={filters.format}
        onChange={(format) => onChange({ ...filters, format: format as GroupFilters['format'] })}
        options={[all, ...enumOptions(GROUP_FORMATS, t, 'enums.format')]}
      />
    </div>
  );
}
