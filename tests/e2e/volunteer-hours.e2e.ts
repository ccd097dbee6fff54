import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { withRawVaultDatabase } from '../support/raw-database';
import { screenshot, useAppSession } from './support/app';
import { DEMO_ADMIN, DEMO_PASSWORD, prepareDemoCentre, signInToDemo } from './support/demo-centre';

// Volunteer hours as a coordinator meets them: the summary screen, its CSV, a volunteer's page.

interface Arranged {
  volunteerId: number;
  name: string;
}

let arranged: Arranged[] = [];
/** The hours the demo's own records give this year, before ours are added. */
let demoThisYear = { hours: 0, volunteers: 0 };

/**
 * The demo centre, with its first six sessions marked held and three volunteers' hours on them,
 * written before the app starts: recording a session through the UI is another slice's screen.
 * One volunteer's name is made CSV-hostile (a formula, a comma, a quote) to check the export.
 */
async function prepareHeldSessions(dataDir: string): Promise<void> {
  await prepareDemoCentre(dataDir);
  arranged = await withRawVaultDatabase(
    dataDir,
    { username: DEMO_ADMIN, password: DEMO_PASSWORD },
    (raw) => {
      const volunteers = raw
        // People and sessions the demo's own records leave alone, so the sums are these alone.
        .prepare(
          `SELECT id FROM volunteer WHERE erased_at IS NULL
           AND id NOT IN (SELECT volunteer_id FROM session_facilitator) ORDER BY id LIMIT 3`,
        )
        .all() as { id: number }[];
      const sessions = raw
        .prepare(
          `SELECT id FROM group_session
           WHERE id NOT IN (SELECT session_id FROM session_facilitator)
             AND substr(local_date, 1, 4) = substr(date('now'), 1, 4)
           ORDER BY starts_at, id LIMIT 6`,
        )
        .all() as { id: number }[];
      raw
        .prepare(
          `UPDATE volunteer SET first_name = '=SUM(A1)', last_name = 'Núñez, "Nené"',
           preferred_name = '' WHERE id = ?`,
        )
        .run(volunteers[2]!.id);
      demoThisYear = raw
        .prepare(
          `SELECT COALESCE(SUM(sf.hours), 0) AS hours, COUNT(DISTINCT sf.volunteer_id) AS volunteers
           FROM session_facilitator AS sf JOIN group_session AS s ON s.id = sf.session_id
           WHERE s.status = 'held' AND sf.hours IS NOT NULL
             AND substr(s.local_date, 1, 4) = substr(date('now'), 1, 4)`,
        )
        .get() as { hours: number; volunteers: number };
      const addHours = raw.prepare(
        `INSERT INTO session_facilitator (session_id, volunteer_id, role, hours, created_at)
         VALUES (?, ?, ?, ?, '2026-01-01T00:00:00.000Z')`,
      );
      raw.transaction(() => {
        sessions.forEach((session, i) => {
          raw
            .prepare(
              `UPDATE group_session SET status = 'held', has_own_facilitators = 1 WHERE id = ?`,
            )
            .run(session.id);
          addHours.run(session.id, volunteers[0]!.id, 'lead', 2);
          addHours.run(session.id, volunteers[1 + (i % 2)]!.id, 'co', 1.5);
        });
      })();
      return volunteers.map((v) => {
        const row = raw
          .prepare(`SELECT first_name, last_name, preferred_name FROM volunteer WHERE id = ?`)
          .get(v.id) as { first_name: string; last_name: string; preferred_name: string };
        return {
          volunteerId: v.id,
          name: `${row.preferred_name || row.first_name} ${row.last_name}`,
        };
      });
    },
  );
}

/** "21 hours from 3 volunteers", with the demo's own hours this year added. */
const totalLine = () =>
  `${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(demoThisYear.hours + 21)} hours from ${demoThisYear.volunteers + 3} volunteers`;

describe('volunteer hours', () => {
  const session = useAppSession(prepareHeldSessions);
  const origin = () => new URL(session.app.url).origin;

  it('sums each volunteer’s hours for this year and exports them as CSV', async () => {
    const { page, app } = session;
    await signInToDemo(page, app.url);
    await page.getByRole('link', { name: 'Volunteer hours' }).click();
    await page.getByRole('heading', { level: 1, name: 'Volunteer hours' }).waitFor();
    const table = page.getByRole('table', { name: /Hours per volunteer/ });
    await table.getByRole('rowheader', { name: arranged[0]!.name }).waitFor();
    await page.getByText(totalLine()).waitFor();
    expect(await table.getByRole('row').count()).toBe(1 + demoThisYear.volunteers + 3 + 1);
    await session.expectAccessible('hours-summary');

    // Most hours first after two clicks: each row gives no more than the one above it.
    await table.getByRole('button', { name: /Hours/ }).click();
    await table.getByRole('button', { name: /Hours/ }).click();
    const hours = (await table.locator('tbody tr td:last-child').allTextContents()).map(Number);
    expect(hours.length).toBeGreaterThan(2);
    expect(hours).toEqual([...hours].sort((a, b) => b - a));

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^circlekeeper-volunteer-hours-\d{4}-01-01-to-\d{4}-12-31\.csv$/,
    );
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(csv.slice(1)).data;
    expect(rows[0]).toEqual(['Volunteer', 'Sessions', 'Hours']);
    expect(rows).toEqual(
      expect.arrayContaining([
        [arranged[0]!.name, '6', '12'],
        [`'${arranged[2]!.name}`, '3', '4.5'],
      ]),
    );
  });

  it('says what to do when a period has no hours', async () => {
    const { page } = session;
    await page.getByLabel('Period', { exact: true }).selectOption({ label: 'Last year' });
    await page.getByRole('heading', { name: 'No hours in this period' }).waitFor();
    expect(await page.getByRole('button', { name: 'Export CSV' }).isDisabled()).toBe(true);
    await session.expectAccessible('hours-summary-empty');
    // "Choose dates" starts from the dates the preset showed.
    await page.getByLabel('Period', { exact: true }).selectOption({ label: 'Choose dates' });
    await page.getByRole('group', { name: 'From' }).waitFor();
    expect(await page.getByRole('group', { name: 'To' }).textContent()).toContain('2025');
    await session.expectAccessible('hours-summary-custom-period');
  });

  it('shows a volunteer’s total and sessions on their page', async () => {
    const { page } = session;
    await page.goto(`${origin()}/#/volunteers/${arranged[0]!.volunteerId}`);
    const section = page.getByRole('region', { name: 'Volunteer hours' });
    await section.getByText('12 hours in 6 sessions').waitFor();
    expect(await section.getByRole('row').count()).toBe(1 + 6);
    await section.scrollIntoViewIfNeeded();
    await session.expectAccessible('volunteer-hours-section');
  });

  it('fits the summary and the volunteer section at 200 % zoom', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Sign out' }).click();
    const zoomed = await page
      .context()
      .browser()!
      .newContext({ viewport: { width: 683, height: 384 }, deviceScaleFactor: 2 });
    const small = await zoomed.newPage();
    try {
      await signInToDemo(small, session.app.url);
      await small.goto(`${origin()}/#/hours`);
      await small.getByText(totalLine()).waitFor();
      await screenshot(small, 'zoom200-hours-summary');
      await small.getByRole('table').scrollIntoViewIfNeeded();
      await screenshot(small, 'zoom200-hours-summary-table');
      await small.goto(`${origin()}/#/volunteers/${arranged[0]!.volunteerId}`);
      const section = small.getByRole('region', { name: 'Volunteer hours' });
      await section.getByText('12 hours in 6 sessions').waitFor();
      await section.scrollIntoViewIfNeeded();
      await screenshot(small, 'zoom200-volunteer-hours-section');
    } finally {
      await zoomed.close();
    }
  });
});
