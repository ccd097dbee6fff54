import { Link } from '@tanstack/react-router';
import { useTranslation } from '../i18n/use-translation';

/** "Add a volunteer", a link that looks like a button. */
export function AddVolunteerLink() {
  const { t } = useTranslation();
  return (
    <Link className="button button--primary" to="/volunteers/new">
      {t('volunteers.add')}
    </Link>
  );
}
