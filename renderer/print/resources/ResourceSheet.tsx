import { formatCivilDate } from '../../ui/format';
import { usePrint } from '../print-context';
import { PrintQueryStatus } from '../PrintQueryStatus';
import { PrintSheet } from '../PrintDocument';
import { usePublicData } from '../use-public-data';
import { CrisisLines } from './CrisisLines';
import { OtherResources } from './OtherResources';

/**
 * The referral resource sheet (DESIGN §5.7): crisis lines first in a box, then every other
 * service. Public data only, so the print station prints the very same page.
 */
export function ResourceSheet() {
  const { t, locale, today } = usePrint();
  const data = usePublicData();
  if (!data.data) {
    return (
      <PrintQueryStatus
        isPending={data.isPending}
        error={data.error}
        onRetry={() => void data.refetch()}
      />
    );
  }
  const { organisation, resources } = data.data;
  const crisisLines = resources.filter((r) => r.isCrisisLine);
  const others = resources.filter((r) => !r.isCrisisLine);
  const contact = [organisation.phone, organisation.email, organisation.address].filter(Boolean);
  return (
    <PrintSheet className="resource-sheet">
      <header className="resource-sheet__header">
        <p className="resource-sheet__kicker">
          {organisation.name} · {t('resources.sheet.kicker')}
        </p>
        <h1 className="resource-sheet__title">{t('resources.sheet.title')}</h1>
        {contact.length > 0 && (
          <p className="resource-sheet__contact">
            {t('resources.sheet.contact')}: {contact.join(' · ')}
          </p>
        )}
      </header>
      {crisisLines.length > 0 && <CrisisLines lines={crisisLines} />}
      {others.length > 0 && <OtherResources resources={others} />}
      {resources.length === 0 && (
        <>
          <p className="resource-sheet__none">{t('resources.sheet.none')}</p>
          <p className="screen-only resource-sheet__none-screen">
            {t('resources.sheet.noneScreen')}
          </p>
        </>
      )}
      <p className="resource-sheet__printed">
        {t('resources.sheet.printed', { date: formatCivilDate(today, locale) })}
      </p>
    </PrintSheet>
  );
}
