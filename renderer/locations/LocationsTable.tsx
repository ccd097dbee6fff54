import { useTranslation } from '../i18n/use-translation';
import type { Location } from '../../shared/domain/locations';
import { EditableTable } from '../ui/EditableTable';
import { DeleteLocationButton } from './DeleteLocationButton';

interface LocationsTableProps {
  locations: Location[];
  /** Absent for roles that may not change locations. */
  onEdit?: (location: Location) => void;
}

export function LocationsTable({ locations, onEdit }: LocationsTableProps) {
  const { t } = useTranslation();
  return (
    <EditableTable
      caption={t('locations.tableCaption', { count: locations.length })}
      rows={locations}
      columns={[
        { header: t('locations.fields.name'), cell: (location) => <bdi>{location.name}</bdi> },
        {
          header: t('locations.fields.address'),
          className: 'pre-line table__free-text',
          cell: (location) => <bdi>{location.address}</bdi>,
        },
        {
          header: t('locations.fields.room'),
          className: 'table__free-text',
          cell: (location) => <bdi>{location.room}</bdi>,
        },
        {
          header: t('locations.fields.capacity'),
          isNumeric: true,
          cell: (location) => location.capacity ?? '',
        },
        {
          header: t('locations.groupCount'),
          isNumeric: true,
          cell: (location) => location.groupCount,
        },
      ]}
      actions={
        onEdit && {
          onEdit,
          editLabel: (location) => t('locations.editNamed', { name: location.name }),
          remove: (location) => <DeleteLocationButton location={location} />,
        }
      }
    />
  );
}
