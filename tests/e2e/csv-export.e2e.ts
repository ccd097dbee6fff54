import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import Papa from 'papaparse';
import { screenshot, useAppSession, ZOOM_200 } from './support/app';
import { prepareDemoCentre, signInToDemo } from './support/demo-centre';

// The CSV export of the volunteer, group and calendar screens, from the browser host.

async function exportCsv(page: Page): Promise<{ download: Download; rows: string[][] }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const rows = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n' }).data;
  return { download, rows };
}

describe('CSV export', () => {
  const session = useAppSession(prepareDemoCentre);

  it('exports the volunteers of the filters, every page', async () => {
    const { page, app } = session;
    await signInToDemo(page, app.url);
    await page.goto(`${new URL(app.url).origin}/#/volunteers?status=active`);
    const table = page.getByRole('table');
    const firstName = (await table.getByRole('rowheader').first().getByRole('link').textContent())!;
    await screenshot(page, 'csv-export-volunteers');
    const { download, rows } = await exportCsv(page);
    expect(download.suggestedFilename()).toMatch(
      /^circlekeeper-volunteers-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    expect(rows[0]?.slice(0, 3)).toEqual(['Name', 'First name', 'Last name']);
    expect(rows[1]?.[0]).toBe(firstName);
    expect(rows.slice(1).every((row) => row[7] === 'Active')).toBe(true);
    await page.getByText(`${rows.length - 1} rows exported`).waitFor();
    await session.expectAccessible('csv-export-volunteers-saved');
  });

  it('exports the groups the screen shows', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Groups' }).click();
    await page.getByRole('heading', { level: 1, name: 'Groups' }).waitFor();
    const firstGroup = (await page.getByRole('rowheader').first().textContent())!;
    await screenshot(page, 'csv-export-groups');
    const { rows } = await exportCsv(page);
    expect(rows[0]).toEqual([
      'Group',
      'Focus',
      'Format',
      'Schedule',
      'Location',
      'Status',
      'Open to newcomers',
      'Listed publicly',
    ]);
    expect(rows[1]?.[0]).toBe(firstGroup);
  });

  it('exports the calendar’s period, and says why when it is empty', async () => {
    const { page, app } = session;
    await page.goto(`${new URL(app.url).origin}/#/calendar?view=agenda`);
    await page.getByRole('heading', { level: 1, name: 'Calendar' }).waitFor();
    await screenshot(page, 'csv-export-calendar');
    const { download, rows } = await exportCsv(page);
    expect(download.suggestedFilename()).toMatch(
      /^circlekeeper-sessions-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    expect(rows[0]?.slice(0, 4)).toEqual(['Date', 'Start', 'End', 'Group']);
    expect(rows[1]?.[0]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(rows[1]?.[1]).toMatch(/^\d{2}:\d{2}$/);

    // The month draws two sessions a day; its export still holds every one of the period.
    await page.goto(`${new URL(app.url).origin}/#/calendar`);
    await page.locator('.calendar-month .calendar-session').first().waitFor();
    const drawn = await page.locator('.calendar-month .calendar-session').count();
    const month = await exportCsv(page);
    // Six weeks at most, Monday to Sunday.
    const [, from, to] = /(\d{4}-\d{2}-\d{2})-to-(\d{4}-\d{2}-\d{2})/.exec(
      month.download.suggestedFilename(),
    )!;
    expect(new Date(`${from}T00:00Z`).getUTCDay()).toBe(1);
    expect((Date.parse(to!) - Date.parse(from!)) / 86_400_000 + 1).toBeGreaterThanOrEqual(28);
    // Every session of the six weeks: those drawn and those each "N more" stands for.
    const more = await page.locator('.calendar-month__more').allTextContents();
    const notDrawn = more.reduce((sum, text) => sum + Number(/^\d+/.exec(text)?.[0]), 0);
    expect(notDrawn).toBeGreaterThan(0);
    expect(month.rows.length - 1).toBe(drawn + notDrawn);

    await page.goto(`${new URL(app.url).origin}/#/calendar?view=agenda&date=2001-01-01`);
    await page.getByText('Nothing to export: the list is empty.', { exact: false }).waitFor();
    // The note about the other period's file goes with it.
    expect(await page.getByText('rows exported').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Export CSV' }).isDisabled()).toBe(true);
    await session.expectAccessible('csv-export-calendar-empty');
  });

  it('fits the buttons at 200 % zoom', async () => {
    const { page, app } = session;
    await page.getByRole('button', { name: 'Sign out' }).click();
    const zoomed = await page.context().browser()!.newContext(ZOOM_200);
    const small = await zoomed.newPage();
    try {
      await signInToDemo(small, app.url);
      const origin = new URL(app.url).origin;
      for (const [route, name] of [
        ['volunteers', 'volunteers'],
        ['groups', 'groups'],
        ['calendar?view=agenda', 'calendar'],
      ] as const) {
        await small.goto(`${origin}/#/${route}`);
        await small.getByRole('button', { name: 'Export CSV' }).waitFor();
        await screenshot(small, `zoom200-csv-export-${name}`);
      }
    } finally {
      await zoomed.close();
    }
  });
});
