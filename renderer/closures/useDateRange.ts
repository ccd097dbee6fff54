import { useTranslation } from '../i18n/use-translation';
import { formatCivilDate } from '../ui/format';

/** A closure's days in words: one date when it lasts a day, "from … to …" otherwise. */
export function useDateRange(): (range: { startsOn: string; endsOn: string }) => string {
  const { t, i18n } = useTranslation();
  return ({ startsOn, endsOn }) => {
    const from = formatCivilDate(startsOn, i18n.language);
    if (startsOn === endsOn) return from;
    return t('closures.dateRange', { from, to: formatCivilDate(endsOn, i18n.language) });
  };
}
