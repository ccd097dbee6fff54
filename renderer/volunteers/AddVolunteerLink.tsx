import { useTranslation } from 'react-i18next';

/**
 * "Add a volunteer", a link that looks like a button. The create and edit forms are routed
 * beside this screen, so plain hash addresses reach them without importing their routes.
 */
export function AddVolunteerLink() {
  const { t } = useTranslation();
  return (
    <a className="button button--primary" href="#/volunteers/new">
      {t('volunteers.add')}
    </a>
  );
}
