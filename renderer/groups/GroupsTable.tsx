import { useTranslation } from '../i18n/use-translation';
import type { GroupSummary } from '../../shared/domain/groups';
import { AppLink } from '../ui/AppLink';
import { statusBadge } from '../ui/StatusBadge';
import { useDateLocale } from '../i18n/date-locale';
import { describeSchedule } from './describe-schedule';

export function GroupsTable({ groups }: { groups: GroupSummary[] }) {
  const { t } = useTranslation();
  const locale = useDateLocale();
  // Each header once, not once a row: a page of rows asks for them 50 times otherwise.
  const label = {
    name: t('groups.fields.name'),
    focus: t('groups.fields.focus'),
    format: t('groups.fields.format'),
    schedule: t('groups.fields.schedule'),
    location: t('groups.fields.location'),
    status: t('groups.fields.status'),
  };
  return (
    <table className="table table--stack">
      <caption className="visually-hidden">
        {t('groups.tableCaption', { count: groups.length })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{label.name}</th>
          <th scope="col">{label.focus}</th>
          <th scope="col">{label.format}</th>
          <th scope="col">{label.schedule}</th>
          <th scope="col">{label.location}</th>
          <th scope="col">{label.status}</th>
        </tr>
      </thead>
      <tbody>
        {groups.map((group) => (
          <tr key={group.id}>
            <th scope="row">
              <AppLink to="/groups/$groupId" params={{ groupId: String(group.id) }}>
                {group.name}
              </AppLink>
            </th>
            <td data-label={label.focus}>{t(`enums.focus.${group.focus}`)}</td>
            <td data-label={label.format}>{t(`enums.format.${group.format}`)}</td>
            <td data-label={label.schedule}>{describeSchedule(group.schedule, t, locale)}</td>
            <td className="table__free-text" data-label={label.location}>
              {group.locationName ?? t('groups.noLocation')}
            </td>
            <td data-label={label.status}>{statusBadge(group.status, t)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
