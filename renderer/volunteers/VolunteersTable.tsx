import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { VolunteerSummary } from '../../shared/domain/volunteers';
import { useDateLocale } from '../i18n/date-locale';
import { ReadinessBadge } from '../people/Readiness';
import { formatCivilDate, formatLanguageList } from '../ui/format';
import { LtrText } from '../ui/LtrText';
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
  const sortable = (sort: VolunteerSort, label: string) => (
    <SortableHeader
      direction={list.sort === sort ? list.direction : null}
      onSort={() => onSort(sort)}
    >
      {label}
    </SortableHeader>
  );
  return (
    <table className="table table--stack volunteers-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {sortable('name', t('volunteers.fields.name'))}
          <th scope="col">{t('volunteers.fields.phone')}</th>
          <th scope="col">{t('volunteers.fields.languages')}</th>
          {sortable('status', t('volunteers.fields.status'))}
          {sortable('startDate', t('volunteers.fields.startDate'))}
          {sortable('readiness', t('volunteers.fields.readiness'))}
        </tr>
      </thead>
      <tbody>
        {volunteers.map((volunteer) => (
          <tr key={volunteer.id}>
            <th scope="row">
              <Link to="/volunteers/$volunteerId" params={{ volunteerId: String(volunteer.id) }}>
                {volunteer.displayName}
              </Link>
              {volunteer.pronouns && <span className="muted"> ({volunteer.pronouns})</span>}
            </th>
            <td data-label={t('volunteers.fields.phone')}>
              <LtrText>{volunteer.phone}</LtrText>
            </td>
            <td className="table__free-text" data-label={t('volunteers.fields.languages')}>
              {formatLanguageList(volunteer.languages, i18n.language)}
            </td>
            <td data-label={t('volunteers.fields.status')}>
              {t(`enums.volunteerStatus.${volunteer.status}`)}
            </td>
            <td data-label={t('volunteers.fields.startDate')}>
              {volunteer.startDate && formatCivilDate(volunteer.startDate, locale)}
            </td>
            <td data-label={t('volunteers.fields.readiness')}>
              <ReadinessBadge readiness={volunteer.readiness} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
