/** @jest-environment node */
// Node, not jsdom: the rows come from a real encrypted database (tests/support/temp-core.ts).
import i18next from 'i18next';
import Papa from 'papaparse';
import { describeSchedule } from '../../../renderer/groups/describe-schedule';
import { groupsCsv, sessionsCsv, volunteersCsv } from '../../../renderer/csv-export/list-csv';
import { UTF8_BOM } from '../../../shared/csv/write-csv';
import { catalogues } from '../../../shared/i18n';
import { fullVolunteer } from '../../support/sample-inputs';
import { createSetUpCore, sampleGroup } from '../../support/temp-core';

const NOW = Date.UTC(2026, 0, 5, 12, 0);

/** The app's catalogues as renderer/i18n sets them up, without the document it marks. */
function setUpI18n(language: 'en' | 'es') {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    resources: { [language]: { translation: catalogues[language] } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}

/** The file as a spreadsheet reads it: header row, then rows. */
function cells(csv: string): string[][] {
  expect(csv.startsWith(UTF8_BOM)).toBe(true);
  expect(csv).toContain('\r\n');
  return Papa.parse<string[]>(csv.slice(UTF8_BOM.length), { newline: '\r\n' }).data;
}

describe('the list CSV exports', () => {
  let test: Awaited<ReturnType<typeof createSetUpCore>>;

  beforeEach(async () => {
    test = await createSetUpCore(() => NOW);
  });
  afterEach(() => test.cleanUp());

  it('writes volunteers with readable values, and a formula-like name as text', async () => {
    await test.call(
      'createVolunteer',
      fullVolunteer({
        firstName: '=HYPERLINK("http://evil.example","Click")',
        preferredName: '',
        languages: ['en', 'ar'],
        startDate: '2025-03-01',
      }),
    );
    await test.call('createVolunteer', fullVolunteer({ lastName: 'Other', status: 'inactive' }));
    const rows = await test.call('exportVolunteers', { status: 'active' });
    const en = setUpI18n('en');

    const [header, row, ...rest] = cells(volunteersCsv(rows, { t: en.t, language: 'en' }));
    expect(header).toEqual([
      'Name',
      'First name',
      'Last name',
      'Pronouns',
      'Phone',
      'Email',
      'Languages',
      'Status',
      'Start date',
      'Background check',
      'Background check expires on',
      'Readiness',
    ]);
    expect(rest).toEqual([]);
    expect(row).toEqual([
      `'=HYPERLINK("http://evil.example","Click") Okafor`,
      `'=HYPERLINK("http://evil.example","Click")`,
      'Okafor',
      'she/her',
      // A leading + is a formula to a spreadsheet too: the shared writer escapes it.
      "'+44 7700 900123",
      'mara@example.org',
      'English and Arabic',
      'Active',
      '2025-03-01',
      'Cleared',
      '2028-02-10',
      expect.stringMatching(/^(Ready|Not ready|Expiring soon)$/),
    ]);
  });

  it('writes headers and values in the UI language', async () => {
    await test.call('createVolunteer', fullVolunteer({ languages: ['en'] }));
    const rows = await test.call('exportVolunteers', {});
    const es = setUpI18n('es');
    const [header, row] = cells(volunteersCsv(rows, { t: es.t, language: 'es' }));
    expect(header?.slice(0, 2)).toEqual(['Nombre', 'Nombre de pila']);
    expect(row?.[6]).toBe('inglés');
    expect(row?.[7]).toBe('Activa');
  });

  it('writes groups with focus, format and schedule in words', async () => {
    await test.call('createGroup', sampleGroup({ isListedPublicly: true }));
    const groups = await test.call('listGroups', {});
    const en = setUpI18n('en');
    const describe = (schedule: Parameters<typeof describeSchedule>[0]) =>
      describeSchedule(schedule, en.t, 'en-GB');

    const [header, row] = cells(
      groupsCsv(groups, { t: en.t, language: 'en', describeSchedule: describe }),
    );
    expect(header).toEqual([
      'Group',
      'Focus',
      'Format',
      'Schedule',
      'Location',
      'Status',
      'Open to newcomers',
      'Listed publicly',
    ]);
    expect(row).toEqual([
      'Thursday Grief Circle',
      'Grief',
      'Online',
      'Every Thursday at 19:00 (90 min)',
      '',
      expect.any(String),
      expect.stringMatching(/^(Yes|No)$/),
      'Yes',
    ]);
  });

  it('writes the sessions of the range asked, on the centre’s clock, cancellations with their reason', async () => {
    await test.call('createGroup', sampleGroup());
    const sessions = await test.call('listSessions', { from: '2026-01-08', to: '2026-01-15' });
    expect(sessions).toHaveLength(2);
    await test.call('cancelSession', { id: sessions[1]!.id, reason: 'Snow' });
    const rows = await test.call('listSessions', { from: '2026-01-08', to: '2026-01-15' });
    const en = setUpI18n('en');

    const [header, first, second, ...rest] = cells(
      sessionsCsv(rows, { t: en.t, language: 'en', timeZone: 'Europe/London' }),
    );
    expect(header).toEqual([
      'Date',
      'Start',
      'End',
      'Group',
      'Focus',
      'Format',
      'Location',
      'Room',
      'Status',
      'Reason for cancelling',
      'Note',
    ]);
    expect(rest).toEqual([]);
    expect(first).toEqual([
      '2026-01-08',
      '19:00',
      '20:30',
      'Thursday Grief Circle',
      'Grief',
      'Online',
      '',
      '',
      'Scheduled',
      '',
      '',
    ]);
    expect(second?.slice(0, 1)).toEqual(['2026-01-15']);
    expect(second?.slice(8, 10)).toEqual(['Cancelled', 'Snow']);
  });
});
