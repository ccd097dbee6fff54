import { Link } from '@tanstack/react-router';
import { useTranslation } from '../i18n/use-translation';
import { useCanCall } from '../app/can-call';

/** "Import from a spreadsheet", for the roles that may import (staff). */
export function ImportVolunteersLink() {
  const { t } = useTranslation();
  if (!useCanCall('importVolunteers')) return null;
  return (
    <Link className="button button--secondary" to="/volunteers/import">
      {t('importScreen.openButton')}
    </Link>
  );
}
