import type { PublicResource } from '../../../shared/domain/public-snapshot';
import { usePrint } from '../print-context';
import { LtrText } from '../../ui/LtrText';

/** Longer than any phone number in practice: such a text may wrap at its spaces. */
const LONG_PHONE = 20;

/** The services that are not crisis lines: a table whose header repeats on every page. */
export function OtherResources({ resources }: { resources: readonly PublicResource[] }) {
  const { t } = usePrint();
  return (
    <section className="resource-sheet__others" aria-labelledby="other-resources-heading">
      <h2 id="other-resources-heading">{t('resources.sheet.othersHeading')}</h2>
      <table className="resource-sheet__table">
        <thead>
          <tr>
            <th scope="col" className="resource-sheet__service">
              {t('resources.sheet.service')}
            </th>
            <th scope="col">{t('resources.sheet.phone')}</th>
            <th scope="col">{t('resources.sheet.hours')}</th>
            <th scope="col">{t('resources.sheet.where')}</th>
          </tr>
        </thead>
        <tbody>
          {resources.map((resource, index) => (
            <tr key={index}>
              <th scope="row" className="resource-sheet__service">
                <span className="resource-sheet__name">{resource.name}</span>
                {resource.purpose && (
                  <span className="resource-sheet__purpose">{resource.purpose}</span>
                )}
              </th>
              <td
                className={`resource-sheet__phone${resource.phone.length > LONG_PHONE ? ' resource-sheet__phone--long' : ''}`}
              >
                <LtrText>{resource.phone}</LtrText>
              </td>
              <td>
                <bdi>{resource.hours}</bdi>
              </td>
              <td>
                {resource.address && (
                  <span className="resource-sheet__address">
                    <bdi>{resource.address}</bdi>
                  </span>
                )}
                {resource.website && (
                  <LtrText className="resource-sheet__website">{resource.website}</LtrText>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
