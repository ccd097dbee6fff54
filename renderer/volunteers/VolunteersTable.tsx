import { useTranslation } from '../i18n/use-translation';
import type { VolunteerSummary } from '../../shared/domain/volunteers';
import { useDateLocale } from '../i18n/date-locale';
import { readinessBadge } from '../people/Readiness';
import { formatCivilDate, formatLanguageList } from '../ui/format';
import { LtrText } from '../ui/LtrText';
import { AppLink } from '../ui/AppLink';
import { SortableHeader } from '../ui/SortableHeader';
import type { VolunteerListState, VolunteerSort } from './volunteer-list-search';

interface VolunteersTableProps {
  volunteers: VolunteerSummary[];
  caption: string;
  list: VolunteerListState;
  onSort: (sort: VolunteerSort) => void;
}

export function VolunteersTable({ volunteers, caption, list, onSort }: VolunteersTableProps) {
  const { t, i18n } = useTranslation();
  const locale = useDateLocale();
  // Each header once, not once a row: a page of rows asks for them 50 times otherwise.
  const label = {
    name: t('volunteers.fields.name'),
    phone: t('volunteers.fields.phone'),
    languages: t('volunteers.fields.languages'),
    status: t('volunteers.fields.status'),
    startDate: t('volunteers.fields.startDate'),
    readiness: t('volunteers.fields.readiness'),
  };
  const sortable = (sort: VolunteerSort) => (
    <SortableHeader
      direction={list.sort === sort ? list.direction : null}
      onSort={() => onSort(sort)}
    >
      {label[sort]}
    </SortableHeader>
  );
  return (
    <table className="table table--stack volunteers-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {sortable('name')}
          <th scope="col">{label.phone}</th>
          <th scope="col">{label.languages}</th>
          {sortable('status')}
          {sortable('startDate')}
          {sortable('readiness')}
        </tr>
      </thead>
      <tbody>
        {volunteers.map((volunteer) => (
          <tr key={volunteer.id}>
            <th scope="row">
              <AppLink to="/volunteers/$volunteerId" params={{ volunteerId: String(volunteer.id) }}>
                {volunteer.displayName}
              </AppLink>
              {volunteer.pronouns && <span className="muted"> ({volunteer.pronouns})</span>}
            </th>
            <td data-label={label.phone}>
              <LtrText>{volunteer.phone}</LtrText>
            </td>
            <td className="table__free-text" data-label={label.languages}>
              {formatLanguageList(volunteer.languages, i18n.language)}
            </td>
            <td data-label={label.status}>{t(`enums.volunteerStatus.${volunteer.status}`)}</td>
            <td data-label={label.startDate}>
              {volunteer.startDate && formatCivilDate(volunteer.startDate, locale)}
            </td>
            <td data-label={label.readiness}>{readinessBadge(volunteer.readiness, t)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
