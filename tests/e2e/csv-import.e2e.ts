import type { Page } from 'playwright-core';
import {
  accessibilityViolations,
  screenshot,
  settledCount,
  useAppSession,
  ZOOM_200,
} from './support/app';
import { initCentre, signIn } from './support/demo-centre';
import { asDemoAdmin } from './support/volunteers';

// Issue 12: a coordinator imports the centre's volunteer spreadsheet from the import screen,
// row problems named and nothing written, encodings and separators read right, duplicates
// skipped unless ticked; a facilitator is not allowed in.

const CORA = { username: 'cora', password: 'meadow-lark-31' };
const FYNN = { username: 'fynn', password: 'harbour-kite-64' };

async function prepareCentre(dataDir: string): Promise<void> {
  await initCentre(dataDir);
  await asDemoAdmin(dataDir, async (call) => {
    await call('createUser', { ...CORA, displayName: 'Cora Lane', role: 'coordinator' });
    await call('createUser', { ...FYNN, displayName: 'Fynn Holm', role: 'facilitator' });
    await call('createVolunteer', {
      firstName: 'Ana',
      lastName: 'Ruiz',
      phone: '07700 900123',
      languages: ['es'],
    });
  });
}

const csv = (lines: string[]) => Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');

const HEADER = 'First name,Last name,Phone,Email';
const GOOD_ROWS = [
  'Bilal,Haddad,07700 900201,bilal@example.org',
  'Chloe,Martin,07700 900202,',
  'Ana,Ruiz,07700 900123,',
  'Dara,Okoro,07700 900204,dara@example.org',
  'Chloe,Martin,07700 900202,',
];
const WITH_BAD_ROW = csv([
  HEADER,
  ...GOOD_ROWS.slice(0, 2),
  'Eve,Stone,,x@',
  ...GOOD_ROWS.slice(2),
]);
const FIXED = csv([HEADER, ...GOOD_ROWS]);
/** Spanish Excel: `;` between cells and Windows-1252 bytes (é is the single byte 0xE9). */
const WINDOWS_1252 = Buffer.from(
  'Prénom;Nom;Téléphone;Langues\r\nHélène;Dupré;01 23 45 67 89;français\r\n',
  'latin1',
);

/** A value from the file inside a sentence keeps its own direction (first-strong isolate). */
const iso = (text: string) => `\u2068${text}\u2069`;
const columnField = (page: Page, header: string) =>
  page.getByLabel(`Field for column “${iso(header)}”`);

async function chooseFile(page: Page, name: string, buffer: Buffer) {
  await page.getByLabel('CSV file').setInputFiles({ name, mimeType: 'text/csv', buffer });
}

const volunteerRows = (page: Page) => page.locator('table.volunteers-table tbody tr');

describe('CSV import screen', () => {
  const session = useAppSession(prepareCentre);
  const origin = () => new URL(session.app.url).origin;

  it('refuses a file with a bad row, naming it and writing nothing', async () => {
    const { page, app } = session;
    await signIn(page, app.url, CORA);
    await page.getByRole('link', { name: 'Volunteers', exact: true }).click();
    expect(await settledCount(volunteerRows(page), 1)).toBe(1);
    await page.getByRole('link', { name: 'Import from a spreadsheet' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Import volunteers from a spreadsheet' })
      .waitFor();
    await page.getByText('Save as', { exact: false }).waitFor();
    await session.expectAccessible('csv-import-1-choose');

    await chooseFile(page, 'volunteers.csv', WITH_BAD_ROW);
    const preview = page.getByRole('heading', { level: 2, name: '2. Preview' });
    await preview.waitFor();
    // Focus moves to the new step, so a screen reader reads on from there.
    expect(await preview.evaluate((h) => h === document.activeElement)).toBe(true);
    const table = page.getByRole('region', { name: /The first 5 rows/ }).getByRole('table');
    await table.getByRole('columnheader', { name: 'Email' }).waitFor();
    await table.getByRole('cell', { name: 'Bilal', exact: true }).waitFor();
    const emailField = columnField(page, 'Email');
    expect(await emailField.inputValue()).toBe('email');
    await page.getByText(`File “${iso('volunteers.csv')}”: 6 rows.`).waitFor();
    await session.expectAccessible('csv-import-2-map');

    await page.getByRole('button', { name: 'Check the rows' }).click();
    const check = page.getByRole('heading', { level: 2, name: '4. Check' });
    await check.waitFor();
    expect(await check.evaluate((h) => h === document.activeElement)).toBe(true);
    await page.getByText('1 row cannot be imported, so nothing was added.').waitFor();
    await page
      .getByText(`Row 4, Email '${iso('x@')}': Enter an email address like name@example.org.`)
      .waitFor();
    const importButton = page.getByRole('button', { name: 'Import the volunteers' });
    expect(await importButton.isDisabled()).toBe(true);
    await session.expectAccessible('csv-import-4-refused');

    // Leaving with a file chosen asks first; then the list is as it was.
    await page.getByRole('link', { name: 'Volunteers', exact: true }).click();
    const leave = page.getByRole('alertdialog', { name: 'Leave without saving?' });
    await leave.getByText('The file you chose has not been imported.', { exact: false }).waitFor();
    await leave.getByRole('button', { name: 'Leave' }).click();
    await page.getByRole('heading', { level: 1, name: 'Volunteers' }).waitFor();
    expect(await settledCount(volunteerRows(page), 1)).toBe(1);
  });

  it('imports the fixed file, skipping possible duplicates, and lists the new volunteers', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Import from a spreadsheet' }).click();
    await chooseFile(page, 'volunteers-fixed.csv', FIXED);
    await page.getByRole('button', { name: 'Check the rows' }).click();
    await page.getByText('Every row is fine: 3 volunteers can be imported.').waitFor();
    await page.getByText(`Row 4: ${iso('Ana Ruiz')} may already be a volunteer`).waitFor();
    await page.getByText('Row 6 repeats row 3').waitFor();
    const anyway = page.getByRole('checkbox', { name: 'Import anyway' });
    expect(await anyway.count()).toBe(2);
    expect(await anyway.first().isChecked()).toBe(false);
    await session.expectAccessible('csv-import-4-duplicates');

    await page.getByRole('button', { name: 'Import 3 volunteers' }).click();
    const done = page.getByRole('heading', { level: 2, name: 'Import done' });
    await done.waitFor();
    await page.getByText('3 volunteers imported. 2 skipped as possible duplicates.').waitFor();
    await session.expectAccessible('csv-import-5-done');
    await page.getByRole('link', { name: 'See the volunteers list' }).click();
    await page.getByRole('heading', { level: 1, name: 'Volunteers' }).waitFor();
    expect(await settledCount(volunteerRows(page), 4)).toBe(4);
    for (const name of ['Bilal Haddad', 'Chloe Martin', 'Dara Okoro']) {
      await page.getByRole('link', { name }).waitFor();
    }
  });

  it('reads a Windows-1252 file with semicolons, and imports a duplicate only when ticked', async () => {
    const { page } = session;
    await page.goto(`${origin()}/#/volunteers/import`);
    await chooseFile(page, 'benevoles.csv', WINDOWS_1252);
    const table = page.getByRole('region', { name: /The first 1 row/ }).getByRole('table');
    await table.getByRole('columnheader', { name: 'Prénom' }).waitFor();
    await table.getByRole('cell', { name: 'Hélène', exact: true }).waitFor();
    expect(await columnField(page, 'Prénom').inputValue()).toBe('firstName');
    expect(await columnField(page, 'Téléphone').inputValue()).toBe('phone');
    await page.getByRole('button', { name: 'Check the rows' }).click();
    await page.getByRole('button', { name: 'Import 1 volunteer' }).click();
    await page.getByText('1 volunteer imported.').waitFor();

    // The same file again: Hélène is now a volunteer, so the row is skipped unless ticked.
    await page.getByRole('button', { name: 'Import another file' }).click();
    await chooseFile(page, 'benevoles.csv', WINDOWS_1252);
    await page.getByRole('button', { name: 'Check the rows' }).click();
    await page.getByText(`Row 2: ${iso('Hélène Dupré')} may already be a volunteer`).waitFor();
    const nothing = page.getByRole('button', { name: 'Import 0 volunteers' });
    expect(await nothing.isDisabled()).toBe(true);
    await page.getByRole('checkbox', { name: 'Import anyway' }).check();
    await page.getByRole('button', { name: 'Import 1 volunteer' }).click();
    await page.getByText('1 volunteer imported.').waitFor();
    await page.getByRole('link', { name: 'See the volunteers list' }).click();
    expect(await settledCount(page.getByRole('link', { name: 'Hélène Dupré' }), 2)).toBe(2);
  });

  it('says which column choices stop the check', async () => {
    const { page } = session;
    await page.goto(`${origin()}/#/volunteers/import`);
    await chooseFile(page, 'volunteers.csv', FIXED);
    await columnField(page, 'Last name').selectOption('firstName');
    await page.getByText('First name is chosen for more than one column.').first().waitFor();
    expect(await page.getByRole('button', { name: 'Check the rows' }).isDisabled()).toBe(true);
    await columnField(page, 'First name').selectOption('');
    await columnField(page, 'Last name').selectOption('');
    await page.getByText('Choose the column that holds first names').waitFor();
    await session.expectAccessible('csv-import-3-no-first-name');
  });

  it('refuses a file that is not a CSV file, or has no rows', async () => {
    const { page } = session;
    await chooseFile(page, 'list.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x08, 0]));
    await page.getByText('This is not a CSV file.', { exact: false }).waitFor();
    expect(await page.getByRole('heading', { name: '2. Preview' }).count()).toBe(0);
    await chooseFile(page, 'empty.csv', Buffer.alloc(0));
    await page.getByText('This file is empty.', { exact: false }).waitFor();
    await chooseFile(page, 'header.csv', csv([HEADER]));
    await page.getByText('This file has no rows under its header line.').waitFor();
    await session.expectAccessible('csv-import-1-bad-file');
  });

  // That the page answers while 5,000 refused rows are listed (they come a slice at a time) is a
  // jsdom test (row-problems.test.tsx); how long it takes is the bench's business, not a test's.
  it('reads and checks a 5,000-row file, and lists every refused row', async () => {
    const { page } = session;
    const rows = Array.from(
      { length: 5000 },
      (_, i) => `Name${i},Family${i},07700 ${String(100000 + i)},n${i}@example.org`,
    );
    const bad = rows.map((row) => row.replace(/@example\.org$/, '@'));
    await page.goto(`${origin()}/#/volunteers/import`);
    await page.getByLabel('CSV file').waitFor();
    await chooseFile(page, 'big.csv', csv([HEADER, ...rows]));
    await page.getByText(`File “${iso('big.csv')}”: 5,000 rows.`).waitFor();
    await page.getByRole('button', { name: 'Check the rows' }).click();
    await page.getByText('Every row is fine: 5,000 volunteers can be imported.').waitFor();

    await chooseFile(page, 'big-bad.csv', csv([HEADER, ...bad]));
    await page.getByRole('button', { name: 'Check the rows' }).click();
    await page.getByText('5000 rows cannot be imported', { exact: false }).waitFor();
    expect(await settledCount(page.locator('.import-problems__list li'), 5000, 30_000)).toBe(5000);
    await screenshot(page, 'csv-import-5000-refused');
  });

  it('shows a facilitator the "not allowed" page', async () => {
    const { page, app } = session;
    // Signing out leaves the unimported file without a question.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn(page, app.url, FYNN);
    await page.goto(`${origin()}/#/volunteers/import`);
    await page.getByRole('heading', { level: 1, name: 'Not allowed' }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
  });

  it('fits every step at 200 % zoom and in Arabic', async () => {
    const browser = session.page.context().browser()!;
    for (const [size, language] of [
      [ZOOM_200, 'en'],
      [{ viewport: { width: 1366, height: 768 } }, 'ar'],
    ] as const) {
      const context = await browser.newContext(size);
      const page = await context.newPage();
      try {
        await signIn(page, session.app.url, CORA);
        if (language === 'ar') {
          await page.getByRole('button', { name: 'العربية' }).click();
          await page.waitForFunction(() => document.documentElement.dir === 'rtl');
        }
        const name = `csv-import-${language === 'ar' ? 'ar' : 'zoom200'}`;
        await page.goto(`${origin()}/#/volunteers/import`);
        await page.locator('main h1').waitFor();
        await screenshot(page, `${name}-1-choose`, true);
        expect(await accessibilityViolations(page)).toEqual([]);
        await page.locator('input[type=file]').setInputFiles({
          name: 'volunteers.csv',
          mimeType: 'text/csv',
          buffer: WITH_BAD_ROW,
        });
        await page.locator('.import-mapping select').first().waitFor();
        await screenshot(page, `${name}-2-map`, true);
        const afterMapping = await accessibilityViolations(page);
        await page.locator('.import-step').nth(2).locator('.form__actions button').click();
        await page.locator('.import-problems').waitFor();
        await screenshot(page, `${name}-4-refused`, true);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        const afterCheck = await accessibilityViolations(page);
        expect({ language, overflow, afterMapping, afterCheck }).toEqual({
          language,
          overflow: 0,
          afterMapping: [],
          afterCheck: [],
        });
      } finally {
        await context.close();
      }
    }
  });
});
