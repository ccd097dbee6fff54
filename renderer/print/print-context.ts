// What every printable reads while it renders: the chosen paper, large print and language, the
// translations in that language (which may differ from the screen's), and its subject from the
// address. One context, so the preview, printing, the PDF and the tests render the same page.
import { createContext, useContext } from 'react';
import type { TFunction } from 'i18next';
import type { Language } from '../../shared/domain/fields';
import type { PaperSize, PrintableId } from '../../shared/print/printables';
import type { PrintSearch } from './print-search';

export type PrintMode =
  /** Signed in: the data comes from the database through the API, as the role allows. */
  | 'signedIn'
  /** The print station: public printables only, from the public snapshot file. */
  | 'public';

export interface PrintContextValue {
  printable: PrintableId;
  mode: PrintMode;
  paper: PaperSize;
  isLargePrint: boolean;
  language: Language;
  /** Translations in the printout's language (not necessarily the screen's). */
  t: TFunction;
  /** For Intl: the printout's language with the organisation's region ("es-GB"). */
  locale: string;
  dir: 'ltr' | 'rtl';
  /** Today in the organisation's calendar: the default week, month or period. */
  today: string;
  search: PrintSearch;
  /** Changes the subject or an option (the address follows, so a saved link reopens it). */
  setSearch(patch: Partial<PrintSearch>): void;
}

export const PrintContext = createContext<PrintContextValue | null>(null);

export function usePrint(): PrintContextValue {
  const value = useContext(PrintContext);
  if (!value) throw new Error('usePrint outside a print page');
  return value;
}
