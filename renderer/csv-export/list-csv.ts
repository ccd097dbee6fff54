// The volunteer, group and session lists as CSV, headers in the UI language and values as
// people read them: dates as YYYY-MM-DD (every spreadsheet sorts them), enum values and
// languages in words. Only what the list itself shows the role is written: no notes, no
// emergency contacts, no incidents.
import type { TFunction } from 'i18next';
import type { GroupSummary, Schedule } from '../../shared/domain/groups';
import type { SessionRow } from '../../shared/domain/sessions';
import type { VolunteerSummary } from '../../shared/domain/volunteers';
import { writeCsv, type CsvColumn } from '../../shared/csv/write-csv';
import { formatLanguageList } from '../ui/format';
import { dateTimeFormat } from '../ui/intl-cache';

export interface CsvText {
  t: TFunction;
  /** The UI language, for language names. */
  language: string;
}

/**
 * `make` kept per key: a list repeats the same few words (statuses, yes and no, sets of
 * languages) thousands of times, and each i18next or Intl lookup costs tens of microseconds.
 */
function kept(make: (key: string) => string): (key: string) => string {
  const made = new Map<string, string>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) {
      value = make(key);
      made.set(key, value);
    }
    return value;
  };
}

const yesNo = (value: boolean, word: (key: string) => string) =>
  word(value ? 'common.yes' : 'common.no');

export function volunteersCsv(rows: readonly VolunteerSummary[], { t, language }: CsvText): string {
  const header = (key: string) => t(`exportCsv.volunteers.${key}`);
  const word = kept(t);
  // Language tags hold no spaces: a set of them is kept under its codes joined by spaces.
  const languages = kept((codes) => formatLanguageList(codes ? codes.split(' ') : [], language));
  const columns: CsvColumn<VolunteerSummary>[] = [
    { header: header('displayName'), value: (v) => v.displayName },
    { header: header('firstName'), value: (v) => v.firstName },
    { header: header('lastName'), value: (v) => v.lastName },
    { header: header('pronouns'), value: (v) => v.pronouns },
    { header: header('phone'), value: (v) => v.phone },
    { header: header('email'), value: (v) => v.email },
    { header: header('languages'), value: (v) => languages(v.languages.join(' ')) },
    { header: header('status'), value: (v) => word(`enums.volunteerStatus.${v.status}`) },
    { header: header('startDate'), value: (v) => v.startDate },
    {
      header: header('backgroundCheck'),
      value: (v) => word(`enums.backgroundCheck.${v.backgroundCheckStatus}`),
    },
    { header: header('backgroundCheckExpiresOn'), value: (v) => v.backgroundCheckExpiresOn },
    { header: header('readiness'), value: (v) => word(`readiness.state.${v.readiness.state}`) },
  ];
  return writeCsv(rows, columns);
}

export function groupsCsv(
  rows: readonly GroupSummary[],
  { t, describeSchedule }: CsvText & { describeSchedule: (schedule: Schedule) => string },
): string {
  const header = (key: string) => t(`exportCsv.groups.${key}`);
  const word = kept(t);
  const columns: CsvColumn<GroupSummary>[] = [
    { header: header('name'), value: (g) => g.name },
    { header: header('focus'), value: (g) => word(`enums.focus.${g.focus}`) },
    { header: header('format'), value: (g) => word(`enums.format.${g.format}`) },
    { header: header('schedule'), value: (g) => describeSchedule(g.schedule) },
    { header: header('location'), value: (g) => g.locationName },
    { header: header('status'), value: (g) => word(`enums.status.${g.status}`) },
    { header: header('isOpenToNewcomers'), value: (g) => yesNo(g.isOpenToNewcomers, word) },
    { header: header('isListedPublicly'), value: (g) => yesNo(g.isListedPublicly, word) },
  ];
  return writeCsv(rows, columns);
}

/** HH:MM on the centre's clock, whatever this computer's zone. */
function wallClock(instant: string, timeZone: string): string {
  return dateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(new Date(instant));
}

export function sessionsCsv(
  rows: readonly SessionRow[],
  { t, timeZone }: CsvText & { timeZone: string },
): string {
  const header = (key: string) => t(`exportCsv.sessions.${key}`);
  const word = kept(t);
  const kinds = (s: SessionRow) =>
    [s.isExtra && word('exportCsv.sessions.extra'), s.isMoved && word('exportCsv.sessions.moved')]
      .filter(Boolean)
      .join(', ');
  const columns: CsvColumn<SessionRow>[] = [
    { header: header('date'), value: (s) => s.localDate },
    { header: header('start'), value: (s) => s.localStart },
    { header: header('end'), value: (s) => wallClock(s.endsAt, timeZone) },
    { header: header('group'), value: (s) => s.groupName },
    { header: header('focus'), value: (s) => word(`enums.focus.${s.focus}`) },
    { header: header('format'), value: (s) => word(`enums.format.${s.format}`) },
    { header: header('location'), value: (s) => s.locationName },
    { header: header('room'), value: (s) => s.room },
    { header: header('status'), value: (s) => word(`enums.sessionStatus.${s.status}`) },
    { header: header('cancelReason'), value: (s) => s.cancelReason },
    { header: header('kind'), value: kinds },
  ];
  return writeCsv(rows, columns);
}

/** `circlekeeper-volunteers-2026-03-10.csv`: what it is and when, so a folder sorts them. */
export const csvFileName = (list: 'volunteers' | 'groups' | 'sessions', when: string): string =>
  `circlekeeper-${list}-${when}.csv`;
