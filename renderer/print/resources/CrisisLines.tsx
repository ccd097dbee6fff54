import type { PublicResource } from '../../../shared/domain/public-snapshot';
import { usePrint } from '../print-context';
import { LtrText } from '../../ui/LtrText';

/**
 * The crisis lines in a bordered box, each number large: first on the resource sheet, and
 * ready for any printout that must say where to turn in an emergency (the session plan).
 * The numbers come from the centre's own crisis lines: no country's emergency number is built in.
 */
export function CrisisLines({ lines }: { lines: readonly PublicResource[] }) {
  const { t } = usePrint();
  return (
    <section className="crisis-lines" aria-labelledby="crisis-lines-heading">
      <h2 id="crisis-lines-heading" className="crisis-lines__heading">
        {t('resources.sheet.crisisHeading')}
      </h2>
      <p className="crisis-lines__danger">{t('resources.sheet.danger')}</p>
      <ul className="crisis-lines__list">
        {lines.map((line, index) => (
          <li key={index} className="crisis-lines__line">
            <p className="crisis-lines__name">{line.name}</p>
            <p className="crisis-lines__phone">
              <LtrText>{line.phone}</LtrText>
            </p>
            {line.purpose && <p className="crisis-lines__purpose">{line.purpose}</p>}
            {(line.hours || line.website) && (
              <p className="crisis-lines__hours">
                {[line.hours, line.website].filter(Boolean).join(' · ')}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
