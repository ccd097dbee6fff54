import type { GroupFormat } from '../../../shared/domain/groups';
import type { PublicSnapshot } from '../../../shared/domain/public-snapshot';
import { usePrint } from '../print-context';
import { placesOf, type PublicFilter } from './public-filters';
import { dateTimeFormat } from '../../ui/intl-cache';

const FORMATS: readonly GroupFormat[] = ['in_person', 'online', 'hybrid'];

/** "P", "O", "H": a letter per format, in the printout's language, so no colour carries it. */
export function FormatLetter({ format }: { format: GroupFormat }) {
  const { t } = usePrint();
  return (
    <abbr className="print-lists__format" title={t(`printLists.formats.${format}.name`)}>
      {t(`printLists.formats.${format}.letter`)}
    </abbr>
  );
}

export function FormatLegend() {
  const { t } = usePrint();
  return (
    <p className="print-lists__legend">
      <strong>{t('printLists.legend')}:</strong>{' '}
      {FORMATS.map((format) => (
        <span key={format} className="print-lists__legend-item">
          <FormatLetter format={format} /> {t(`printLists.formats.${format}.name`)}
        </span>
      ))}
    </p>
  );
}

interface ListHeaderProps {
  data: PublicSnapshot;
  title: string;
  filter: PublicFilter;
}

/** The organisation, the title, what the list is narrowed to, and how current it is. */
export function ListHeader({ data, title, filter }: ListHeaderProps) {
  const { t, locale } = usePrint();
  const filters = [
    filter.locationId ? placesOf(data.groups).find((p) => p.id === filter.locationId)?.name : '',
    filter.focus ? t(`enums.focus.${filter.focus}`) : '',
  ].filter(Boolean);
  const updated = dateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(data.writtenAt));
  return (
    <header className="print-lists__header">
      <p className="print-lists__organisation">{data.organisation.name}</p>
      <h1 className="print-lists__title">{title}</h1>
      {filters.length > 0 && (
        <p className="print-lists__showing">
          {t('printLists.showing', { filters: filters.join(' · ') })}
        </p>
      )}
      <p className="print-lists__updated">{t('printLists.updated', { date: updated })}</p>
    </header>
  );
}

/** Where to ask: the organisation's public contact, at the end of the printout. */
export function ContactFooter({ data }: { data: PublicSnapshot }) {
  const { t } = usePrint();
  const { name, address, phone, email } = data.organisation;
  return (
    <footer className="print-lists__contact">
      <h2>{t('printLists.contactHeading')}</h2>
      <address>
        <strong>{name}</strong>
        {[address, phone, email].filter(Boolean).map((line) => (
          <span key={line} className="print-lists__line">
            {line}
          </span>
        ))}
      </address>
    </footer>
  );
}

/**
 * The columns' widths. A fixed table takes them from its first row, which here is the day's
 * heading across every column: without a colgroup, every column would be as wide as the next.
 */
export function ListColumns({ names }: { names: readonly string[] }) {
  return (
    <colgroup>
      {names.map((name) => (
        <col key={name} className={`print-lists__col--${name}`} />
      ))}
    </colgroup>
  );
}
