// The print centre's catalogue (DESIGN §5, issue 11): every printable, what it is printed for
// (its subject), whether the print station may print it, and whether it must fit one page. The
// renderer's registry, the route, the e2e fit checks and the bench all read this one list.
import type { MethodName } from '../api/contract';

export const PRINTABLE_IDS = [
  'flyer',
  'sign-in',
  'ground-rules',
  'session-plan',
  'tonight',
  'meeting-list',
  'calendar',
  'rota',
  'contacts',
  'resources',
  'funder-report',
] as const;
export type PrintableId = (typeof PRINTABLE_IDS)[number];

/** What a printable is printed for: the pickers the print centre shows above its preview. */
export type PrintSubject =
  | 'group'
  | 'session'
  /** A date range (`from`, `to`). */
  | 'period'
  /** A month (`month` = YYYY-MM), with location and focus filters. */
  | 'month'
  /** Nothing to choose beyond the common options (and, for lists, location and focus). */
  | 'none';

export interface PrintableInfo {
  subject: PrintSubject;
  /** Printed at the print station from the public snapshot, with no password. */
  isPublic: boolean;
  /** Flyer, poster and session plan: exactly one page, in A4 and Letter, in every language. */
  isOnePage: boolean;
  /**
   * Who may open it signed in: the roles allowed to call this method. The route guard, the print
   * centre's list and the e2e role checks all ask the contract, so the UI hides what the core
   * refuses.
   */
  method: MethodName;
}

export const PRINTABLES: Record<PrintableId, PrintableInfo> = {
  flyer: { subject: 'group', isPublic: true, isOnePage: true, method: 'getPublicPrintData' },
  'sign-in': { subject: 'session', isPublic: false, isOnePage: false, method: 'getSession' },
  'ground-rules': { subject: 'group', isPublic: false, isOnePage: true, method: 'getGroup' },
  'session-plan': { subject: 'session', isPublic: false, isOnePage: true, method: 'getSession' },
  tonight: { subject: 'session', isPublic: false, isOnePage: false, method: 'getSession' },
  'meeting-list': {
    subject: 'none',
    isPublic: true,
    isOnePage: false,
    method: 'getPublicPrintData',
  },
  calendar: { subject: 'month', isPublic: true, isOnePage: false, method: 'getPublicPrintData' },
  rota: { subject: 'period', isPublic: false, isOnePage: false, method: 'listRota' },
  contacts: { subject: 'period', isPublic: false, isOnePage: false, method: 'listRota' },
  resources: { subject: 'none', isPublic: true, isOnePage: false, method: 'getPublicPrintData' },
  'funder-report': {
    subject: 'period',
    isPublic: false,
    isOnePage: false,
    method: 'getFunderReport',
  },
};

export function isPrintableId(value: string): value is PrintableId {
  return (PRINTABLE_IDS as readonly string[]).includes(value);
}

export const PAPER_SIZES = ['A4', 'Letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** Page size and the margin every printable keeps (laser printers cannot print to the edge). */
export const PAPER: Record<PaperSize, { width: string; height: string }> = {
  A4: { width: '210mm', height: '297mm' },
  Letter: { width: '8.5in', height: '11in' },
};
/** Kept in step with the named @page rules in renderer/styles/printables.css. */
export const PAGE_MARGIN = '12mm';
