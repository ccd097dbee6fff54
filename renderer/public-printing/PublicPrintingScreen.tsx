import { useTranslation } from '../i18n/use-translation';
import { PRINTABLE_IDS, PRINTABLES } from '../../shared/print/printables';
import { PRE_LOGIN_PATHS } from '../app/pre-login-path';
import { PrintableList } from '../print/PrintableList';
import { FeedExportSection } from '../feeds/FeedExportButtons';
import { EmptyState } from '../ui/EmptyState';
import { QueryStatus } from '../ui/QueryStatus';
import { PreLoginLayout } from '../vault/PreLoginLayout';
import { usePublicPrinting } from './use-public-printing';

/** What reception may print: the public printables, each read from the snapshot file. */
const PUBLIC_PRINTABLES = PRINTABLE_IDS.filter((id) => PRINTABLES[id].isPublic);

function Chooser({ hasGroups }: { hasGroups: boolean }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="public-choose">
      <h2 id="public-choose">{t('publicPrinting.choose')}</h2>
      {!hasGroups && (
        <EmptyState title={t('publicPrinting.emptyTitle')}>
          {t('publicPrinting.emptyText')}
        </EmptyState>
      )}
      <PrintableList printables={PUBLIC_PRINTABLES} />
      {hasGroups && <FeedExportSection />}
    </section>
  );
}

/**
 * Reception's print station: the public printables with no password. It reads only the public
 * snapshot file through `getPublicSnapshot`, never the database, so it works while locked.
 */
export function PublicPrintingScreen() {
  const { t } = useTranslation();
  const { printing, error, reload } = usePublicPrinting();
  let content;
  if (!printing) {
    content = <QueryStatus isPending error={error} onRetry={reload} />;
  } else if (printing.status === 'ready') {
    content = <Chooser hasGroups={printing.snapshot.groups.length > 0} />;
  } else {
    content = (
      <EmptyState title={t(`publicPrinting.${printing.status}Title`)}>
        {t(`publicPrinting.${printing.status}Text`)}
      </EmptyState>
    );
  }
  return (
    <PreLoginLayout title={t('publicPrinting.title')} intro={t('publicPrinting.intro')} wide>
      <p className="public-printing__back">
        <a href={`#${PRE_LOGIN_PATHS.login}`}>{t('publicPrinting.backToSignIn')}</a>
      </p>
      {content}
    </PreLoginLayout>
  );
}
