import { useTranslation } from '../i18n/use-translation';

/** Says "Crisis line" in words, with a double border: never colour alone. */
export function CrisisLineBadge() {
  const { t } = useTranslation();
  return <span className="badge badge--crisis-line">{t('resources.crisisLine')}</span>;
}
