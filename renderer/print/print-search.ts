// A printable's subject and options live in the address (`#/print/flyer?groupId=4&paper=Letter`),
// so a saved link reopens the same page, and Back returns to the previous choice.
import { LANGUAGES, type Language } from '../../shared/domain/fields';
import { GROUP_FOCUSES, type GroupFocus } from '../../shared/domain/groups';
import { PAPER_SIZES, type PaperSize } from '../../shared/print/printables';

export interface PrintSearch {
  /** Absent: the organisation's paper size. */
  paper?: PaperSize;
  large?: boolean;
  /** Absent: the organisation's language. */
  lang?: Language;
  groupId?: number;
  sessionId?: number;
  /** A period (rota, funder report): civil dates. */
  from?: string;
  to?: string;
  /** A month (calendar): YYYY-MM. */
  month?: string;
  locationId?: number;
  focus?: GroupFocus;
}

const positiveId = (value: unknown): number | undefined => {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : undefined;
};

const civilDate = (value: unknown): string | undefined =>
  typeof value === 'string' &&
  /^\d{4}-\d{2}-\d{2}$/.test(value) &&
  !Number.isNaN(Date.parse(`${value}T12:00:00Z`))
    ? value
    : undefined;

const month = (value: unknown): string | undefined =>
  typeof value === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(value) ? value : undefined;

/** Reads the address leniently: a hand-edited or stale value falls back to the default. */
export function parsePrintSearch(raw: Record<string, unknown>): PrintSearch {
  const search: PrintSearch = {
    paper: PAPER_SIZES.find((size) => size === raw.paper),
    large: raw.large === true || raw.large === 'true' ? true : undefined,
    lang: LANGUAGES.find((language) => language === raw.lang),
    groupId: positiveId(raw.groupId),
    sessionId: positiveId(raw.sessionId),
    from: civilDate(raw.from),
    to: civilDate(raw.to),
    month: month(raw.month),
    locationId: positiveId(raw.locationId),
    focus: GROUP_FOCUSES.find((focus) => focus === raw.focus),
  };
  return Object.fromEntries(
    Object.entries(search).filter(([, value]) => value !== undefined),
  ) as PrintSearch;
}

/** `#/print/<id>?…` for a link or a button ("Print the sign-in sheet" on a session page). */
export function printHref(printable: string, search: PrintSearch = {}): string {
  const query = new URLSearchParams(
    Object.entries(search)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => [key, String(value)]),
  ).toString();
  return `#/print/${printable}${query ? `?${query}` : ''}`;
}
