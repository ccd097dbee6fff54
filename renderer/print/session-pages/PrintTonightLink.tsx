import { useTranslation } from '../../i18n/use-translation';
import { printHref } from '../print-search';

/**
 * "Print everything for this meeting": the sign-in sheet, the session plan and the ground rules
 * in one print, from the session page and the facilitator's "My next session".
 */
export function PrintTonightLink({ sessionId }: { sessionId: number }) {
  const { t } = useTranslation();
  return (
    <a href={printHref('tonight', { sessionId })} className="button button--secondary">
      {t('printSession.buttons.tonight')}
    </a>
  );
}
