import { useTranslation } from 'react-i18next';
import type { Location } from '../../shared/domain/locations';
import { Button } from '../ui/Button';
import { DeleteLocationButton } from './DeleteLocationButton';

interface LocationsTableProps {
  locations: Location[];
  /** Absent for roles that may not change locations. */
  onEdit?: (location: Location) => void;
}

export function LocationsTable({ locations, onEdit }: LocationsTableProps) {
  const { t } = useTranslation();
  return (
    <table className="table table--stack">
      <caption className="visually-hidden">
        {t('locations.tableCaption', { count: locations.length })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('locations.fields.name')}</th>
          <th scope="col">{t('locations.fields.address')}</th>
          <th scope="col">{t('locations.fields.room')}</th>
          <th scope="col" className="numeric">
            {t('locations.fields.capacity')}
          </th>
          <th scope="col" className="numeric">
            {t('locations.groupCount')}
          </th>
          {onEdit && (
            <th scope="col">
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {locations.map((location) => (
          <tr key={location.id}>
            <th scope="row">{location.name}</th>
            <td className="pre-line table__free-text" data-label={t('locations.fields.address')}>
              <bdi>{location.address}</bdi>
            </td>
            <td className="table__free-text" data-label={t('locations.fields.room')}>
              <bdi>{location.room}</bdi>
            </td>
            <td className="numeric" data-label={t('locations.fields.capacity')}>
              {location.capacity ?? ''}
            </td>
            <td className="numeric" data-label={t('locations.groupCount')}>
              {location.groupCount}
            </td>
            {onEdit && (
              <td className="table__actions">
                <Button
                  onPress={() => onEdit(location)}
                  aria-label={t('locations.editNamed', { name: location.name })}
                >
                  {t('common.edit')}
                </Button>
                <DeleteLocationButton location={location} />
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
