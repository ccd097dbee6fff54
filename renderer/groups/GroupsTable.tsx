import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { GroupSummary } from '../../shared/domain/groups';
import { StatusBadge } from '../ui/StatusBadge';
import { useDateLocale } from '../i18n/date-locale';
import { describeSchedule } from './describe-schedule';

export function GroupsTable({ groups }: { groups: GroupSummary[] }) {
  const { t } = useTranslation();
  const locale = useDateLocale();
  return (
    <table className="table table--stack">
      <caption className="visually-hidden">
        {t('groups.tableCaption', { count: groups.length })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('groups.fields.name')}</th>
          <th scope="col">{t('groups.fields.focus')}</th>
          <th scope="col">{t('groups.fields.format')}</th>
          <th scope="col">{t('groups.fields.schedule')}</th>
          <th scope="col">{t('groups.fields.location')}</th>
          <th scope="col">{t('groups.fields.status')}</th>
        </tr>
      </thead>
      <tbody>
        {groups.map((group) => (
          <tr key={group.id}>
            <th scope="row">
              <Link to="/groups/$groupId" params={{ groupId: String(group.id) }}>
                {group.name}
              </Link>
            </th>
            <td data-label={t('groups.fields.focus')}>{t(`enums.focus.${group.focus}`)}</td>
            <td data-label={t('groups.fields.format')}>{t(`enums.format.${group.format}`)}</td>
            <td data-label={t('groups.fields.schedule')}>
              {describeSchedule(group.schedule, t, locale)}
            </td>
            <td className="table__free-text" data-label={t('groups.fields.location')}>
              {group.locationName ?? t('groups.noLocation')}
            </td>
            <td data-label={t('groups.fields.status')}>
              <StatusBadge status={group.status} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
