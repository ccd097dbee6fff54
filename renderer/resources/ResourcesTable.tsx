import { useTranslation } from 'react-i18next';
import type { Resource } from '../../shared/domain/resources';
import { Button } from '../ui/Button';
import { ExternalLink } from '../ui/ExternalLink';
import { CrisisLineBadge } from './CrisisLineBadge';
import { RemoveResourceButton } from './RemoveResourceButton';
import { LtrText } from '../ui/LtrText';

interface ResourcesTableProps {
  /** Crisis lines first, as the core lists them and every printout prints them. */
  resources: Resource[];
  onEdit: (resource: Resource) => void;
}

export function ResourcesTable({ resources, onEdit }: ResourcesTableProps) {
  const { t } = useTranslation();
  return (
    <table className="table table--stack resources-table">
      <caption className="visually-hidden">
        {t('resources.tableCaption', { count: resources.length })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('resources.fields.name')}</th>
          <th scope="col">{t('resources.fields.phone')}</th>
          <th scope="col">{t('resources.fields.hours')}</th>
          <th scope="col">{t('resources.whereColumn')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('common.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {resources.map((resource) => (
          <tr key={resource.id}>
            <th scope="row" className="table__free-text">
              {resource.isCrisisLine && <CrisisLineBadge />}
              <span className="resources-table__name">{resource.name}</span>
              {resource.purpose && (
                <span className="resources-table__purpose">{resource.purpose}</span>
              )}
            </th>
            <td className="resources-table__phone" data-label={t('resources.fields.phone')}>
              <LtrText>{resource.phone}</LtrText>
            </td>
            <td className="table__free-text" data-label={t('resources.fields.hours')}>
              <bdi>{resource.hours}</bdi>
            </td>
            <td className="table__free-text" data-label={t('resources.whereColumn')}>
              {resource.address && <bdi className="pre-line">{resource.address}</bdi>}
              {resource.website && (
                <span className="resources-table__website">
                  <ExternalLink url={resource.website} />
                </span>
              )}
            </td>
            <td className="table__actions">
              <Button
                onPress={() => onEdit(resource)}
                aria-label={t('resources.editNamed', { name: resource.name })}
              >
                {t('common.edit')}
              </Button>
              <RemoveResourceButton resource={resource} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
