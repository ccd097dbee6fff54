import { useTranslation } from '../i18n/use-translation';
import { PRINTABLE_IDS, PRINTABLES, type PrintableId } from '../../shared/print/printables';
import { canCall } from '../app/can-call';
import { useSignedInUser } from '../app/vault-context';
import { PageHeader } from '../ui/PageHeader';
import { PrintableList } from './PrintableList';
import { FeedExportSection } from '../feeds/FeedExportButtons';

const SECTIONS: { key: string; printables: readonly PrintableId[] }[] = [
  { key: 'session', printables: ['tonight', 'sign-in', 'session-plan'] },
  { key: 'group', printables: ['flyer', 'ground-rules'] },
  { key: 'public', printables: ['meeting-list', 'calendar', 'resources'] },
  { key: 'staff', printables: ['rota', 'contacts', 'funder-report'] },
];

/** #/print: every printable this role may print, each with a line on what it is for. */
export function PrintCentreScreen() {
  const { t } = useTranslation();
  const { role } = useSignedInUser();
  const allowed = new Set(PRINTABLE_IDS.filter((id) => canCall(role, PRINTABLES[id].method)));
  return (
    <>
      <PageHeader title={t('print.centre.title')} intro={t('print.centre.intro')} />
      {SECTIONS.map(({ key, printables }) => {
        const shown = printables.filter((id) => allowed.has(id));
        if (shown.length === 0) return null;
        return (
          <section key={key} className="print-centre__section" aria-labelledby={`print-${key}`}>
            <h2 id={`print-${key}`}>{t(`print.centre.sections.${key}`)}</h2>
            <PrintableList printables={shown} />
          </section>
        );
      })}
      <FeedExportSection />
    </>
  );
}
