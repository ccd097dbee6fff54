import { useTranslation } from '../i18n/use-translation';
import type { PrintableId } from '../../shared/print/printables';
import { printHref } from './print-search';

/** Printables as cards: a link with each one's title, and a line on what it is for. */
export function PrintableList({ printables }: { printables: readonly PrintableId[] }) {
  const { t } = useTranslation();
  return (
    <ul className="print-centre__list">
      {printables.map((id) => (
        <li key={id} className="print-centre__item">
          <a href={printHref(id)} className="print-centre__link">
            {t(`print.printables.${id}.title`)}
          </a>
          <p className="muted">{t(`print.printables.${id}.description`)}</p>
        </li>
      ))}
    </ul>
  );
}
