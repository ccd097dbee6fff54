import { contactSheetRows, type Rota } from '../../../shared/domain/rota';
import { formatLanguageList } from '../../ui/format';
import { PrintSheet } from '../PrintDocument';
import { usePrint } from '../print-context';
import { usePrintDates } from './print-dates';
import { RotaGate } from './RotaGate';
import { StaffSheetHeading } from './StaffSheetHeading';
import { StaffTable } from './StaffTable';
import { LtrText } from '../../ui/LtrText';
import { listFormat } from '../../ui/intl-cache';

const COLUMNS = ['name', 'reach', 'languages', 'groups'] as const;

/**
 * The people on the rota of the period and how to reach them tonight: name, phone (first, in
 * bold) and email in one column so that both fit in large print, and the languages they speak
 * (to find a stand-in who speaks a group's language). The confidentiality line is in the header
 * that repeats on every page, so no page leaves without it.
 */
function ContactPages({ rota }: { rota: Rota }) {
  const { t, locale } = usePrint();
  const dates = usePrintDates();
  const rows = contactSheetRows(rota, locale);
  const range = { from: dates.date(rota.from), to: dates.date(rota.to) };
  return (
    <PrintSheet className="staff-sheet">
      <StaffSheetHeading title={t('print.printables.contacts.title')}>
        <p>{t('printRota.contacts.summary', { count: rows.length, ...range })}</p>
        <p>{t('printRota.contacts.notListed')}</p>
      </StaffSheetHeading>
      <StaffTable
        block="contacts-table"
        columns={COLUMNS}
        labels="printRota.contacts.columns"
        banner={t('printRota.contacts.confidential')}
        bannerClassName="contacts-table__confidential"
      >
        {rows.length === 0 ? (
          <tr>
            <td colSpan={COLUMNS.length}>{t('printRota.contacts.empty', range)}</td>
          </tr>
        ) : (
          rows.map(({ person, groupNames }) => (
            <tr key={person.volunteerId}>
              <th scope="row">{person.displayName}</th>
              <td>
                <LtrText className="contacts-table__phone">{person.phone}</LtrText>
                <LtrText className="contacts-table__email">{person.email}</LtrText>
              </td>
              <td>{formatLanguageList(person.languages, locale)}</td>
              <td>{listFormat(locale, { type: 'unit' }).format(groupNames)}</td>
            </tr>
          ))
        )}
      </StaffTable>
    </PrintSheet>
  );
}

/** #/print/contacts: the volunteer contact sheet of a period (staff only, confidential). */
export function ContactsDocument() {
  return <RotaGate>{(rota) => <ContactPages rota={rota} />}</RotaGate>;
}
