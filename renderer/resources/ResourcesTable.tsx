import { useTranslation } from '../i18n/use-translation';
import type { Resource } from '../../shared/domain/resources';
import { EditableTable } from '../ui/EditableTable';
import { ExternalLink } from '../ui/ExternalLink';
import { LtrText } from '../ui/LtrText';
import { CrisisLineBadge } from './CrisisLineBadge';
import { RemoveResourceButton } from './RemoveResourceButton';

interface ResourcesTableProps {
  /** Crisis lines first, as the core lists them and every printout prints them. */
  resources: Resource[];
  onEdit: (resource: Resource) => void;
}

export function ResourcesTable({ resources, onEdit }: ResourcesTableProps) {
  const { t } = useTranslation();
  return (
    <EditableTable
      className="resources-table"
      caption={t('resources.tableCaption', { count: resources.length })}
      rows={resources}
      columns={[
        {
          header: t('resources.fields.name'),
          className: 'table__free-text',
          cell: (resource) => (
            <>
              {resource.isCrisisLine && <CrisisLineBadge />}
              <span className="resources-table__name">
                <bdi>{resource.name}</bdi>
              </span>
              {resource.purpose && (
                <span className="resources-table__purpose">
                  <bdi>{resource.purpose}</bdi>
                </span>
              )}
            </>
          ),
        },
        {
          header: t('resources.fields.phone'),
          className: 'resources-table__phone',
          cell: (resource) => <LtrText>{resource.phone}</LtrText>,
        },
        {
          header: t('resources.fields.hours'),
          className: 'table__free-text',
          cell: (resource) => <bdi>{resource.hours}</bdi>,
        },
        {
          header: t('resources.whereColumn'),
          className: 'table__free-text',
          cell: (resource) => (
            <>
              {resource.address && <bdi className="pre-line">{resource.address}</bdi>}
              {resource.website && (
                <span className="resources-table__website">
                  <ExternalLink url={resource.website} />
                </span>
              )}
            </>
          ),
        },
      ]}
      actions={{
        onEdit,
        editLabel: (resource) => t('resources.editNamed', { name: resource.name }),
        remove: (resource) => <RemoveResourceButton resource={resource} />,
      }}
    />
  );
}
