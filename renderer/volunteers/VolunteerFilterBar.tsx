import { useTranslation } from '../i18n/use-translation';
import { READINESS_STATES } from '../../shared/domain/readiness';
import { BACKGROUND_CHECK_FILTERS, VOLUNTEER_STATUSES } from '../../shared/domain/volunteers';
import { spokenLanguageOptions } from '../ui/language-names';
import { enumOptions } from '../ui/options';
import { SelectField } from '../ui/SelectField';
import { TextInputField } from '../ui/TextInputField';
import type { VolunteerListState } from './volunteer-list-search';

type Filters = Pick<VolunteerListState, 'status' | 'language' | 'readiness' | 'backgroundCheck'>;

interface VolunteerFilterBarProps {
  /** What is in the search box now (the list follows it a moment later). */
  searchText: string;
  onSearchTextChange: (text: string) => void;
  filters: Filters;
  onChange: (change: Partial<Filters>) => void;
}

export function VolunteerFilterBar({
  searchText,
  onSearchTextChange,
  filters,
  onChange,
}: VolunteerFilterBarProps) {
  const { t, i18n } = useTranslation();
  const all = { value: '', label: t('volunteers.filters.any') };
  const languages = spokenLanguageOptions(
    i18n.language,
    filters.language ? [filters.language] : [],
  );
  return (
    <div role="search" className="filter-bar filter-bar--volunteers">
      <TextInputField
        type="search"
        label={t('volunteers.filters.search')}
        value={searchText}
        onChange={onSearchTextChange}
        className="filter-bar__search"
      />
      <SelectField
        label={t('volunteers.fields.status')}
        value={filters.status}
        onChange={(status) => onChange({ status: status as Filters['status'] })}
        options={[all, ...enumOptions(VOLUNTEER_STATUSES, t, 'enums.volunteerStatus')]}
      />
      <SelectField
        label={t('volunteers.fields.languages')}
        value={filters.language}
        onChange={(language) => onChange({ language })}
        options={[all, ...languages]}
      />
      <SelectField
        label={t('volunteers.fields.readiness')}
        value={filters.readiness}
        onChange={(readiness) => onChange({ readiness: readiness as Filters['readiness'] })}
        options={[all, ...enumOptions(READINESS_STATES, t, 'readiness.state')]}
      />
      <SelectField
        label={t('volunteers.fields.backgroundCheck')}
        value={filters.backgroundCheck}
        onChange={(backgroundCheck) =>
          onChange({ backgroundCheck: backgroundCheck as Filters['backgroundCheck'] })
        }
        options={[all, ...enumOptions(BACKGROUND_CHECK_FILTERS, t, 'enums.backgroundCheck')]}
      />
    </div>
  );
}
