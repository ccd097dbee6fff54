import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { organisationQuery } from '../../app/organisation-query';
import { usePrint } from '../print-context';
import { usePrintDates } from './print-dates';

/**
 * The top of a staff sheet: the organisation, the title, what the sheet holds, and the day it
 * was printed (a rota on a notice board goes out of date; the date says how far).
 */
export function StaffSheetHeading({ title, children }: { title: string; children: ReactNode }) {
  const { t, today } = usePrint();
  const dates = usePrintDates();
  const organisation = useQuery(organisationQuery);
  return (
    <header className="staff-sheet__heading">
      {organisation.data && <p className="staff-sheet__org">{organisation.data.name}</p>}
      <h2 className="staff-sheet__title">{title}</h2>
      {children}
      <p className="staff-sheet__printed">
        {t('printRota.printedOn', { date: dates.date(today) })}
      </p>
    </header>
  );
}
