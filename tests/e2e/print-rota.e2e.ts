// The volunteer rota and the contact sheet (issue 11): printed from the small demo centre in A4
// and Letter, fitting their pages with their headers on every page, and kept from facilitators.
import { addDays } from '../../shared/domain/civil-dates';
import { screenshot, useAppSession, VIEWPORT, ZOOM_200 } from './support/app';
import { DEMO_PASSWORD, prepareDemoCentre, signIn, signInToDemo } from './support/demo-centre';
import { checkPrintable, openPrintable } from './support/print';
import { asDemoAdmin, today } from './support/volunteers';

/** Text as pdftotext lays it out: runs of spaces between columns become one. */
const squeeze = (text: string) => text.replace(/\s+/g, ' ');

/**
 * `words` in order, as pdftotext gives a name its narrow column wrapped: the columns beside it
 * come between the name's lines ("Long Covid Peer Online Minh … 20:30 Group").
 */
const wrappedInColumn = (words: string) =>
  new RegExp(
    words
      .split(/\s+/)
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.{1,120}?'),
  );

const CONFIDENTIAL = 'Confidential — keep locked away, shred when replaced.';

/**
 * The demo centre, with two meetings of the coming week changed: one cancelled, and one whose
 * own list of facilitators is empty (no lead), so the rota has both to say.
 */
async function prepareCentreWithGaps(dataDir: string): Promise<void> {
  await prepareDemoCentre(dataDir);
  await asDemoAdmin(dataDir, async (call) => {
    const tomorrow = addDays(today(), 1);
    const [first, second] = await call('listSessions', {
      from: tomorrow,
      to: addDays(tomorrow, 6),
      status: 'scheduled',
    });
    await call('cancelSession', { id: first!.id, reason: 'Flooded' });
    await call('setSessionFacilitators', { id: second!.id, facilitators: [] });
  });
}

describe('volunteer rota and contact sheet', () => {
  const session = useAppSession(prepareCentreWithGaps);

  it('prints the rota and the contact sheet in A4 and Letter, their headers on every page', async () => {
    const { page, app } = session;
    await signInToDemo(page, app.url);
    // Someone on the rota, as the contact sheet shows them: the name, and the phone beside it.
    await openPrintable(page, app.url, 'contacts');
    const firstRow = page.locator('.contacts-table tbody tr').first();
    const name = (await firstRow.locator('th').innerText()).trim();
    const phone = (await firstRow.locator('.contacts-table__phone').innerText()).trim();
    expect(phone).toMatch(/\d/);
    await openPrintable(page, app.url, 'rota');
    const group = (await page.locator('.rota-row td').nth(2).innerText()).split('\n')[0]!.trim();
    await session.expectAccessible('print-rota');
    await page.setViewportSize(ZOOM_200.viewport);
    await screenshot(page, 'print-rota-200');
    await page.setViewportSize(VIEWPORT);

    for (const paper of ['A4', 'Letter'] as const) {
      const rota = await checkPrintable(page, app.url, {
        printable: 'rota',
        paper,
        name: `rota-${paper}`,
      });
      expect(rota.overflow).toEqual([]);
      expect(rota.pages).toBeGreaterThan(1);
      for (const text of rota.pageTexts) {
        expect(text).toContain('Week of');
        expect(text).toContain('Co-facilitators');
      }
      expect(squeeze(rota.text)).toMatch(wrappedInColumn(group));
      expect(squeeze(rota.text)).toContain(name);
      expect(squeeze(rota.pageTexts[0]!)).toContain('1 meeting has no lead yet.');
      expect(rota.text).toContain('No lead yet');
      expect(rota.text).toContain('Cancelled');
      expect(rota.text).toContain('Flooded');

      const contacts = await checkPrintable(page, app.url, {
        printable: 'contacts',
        paper,
        name: `contacts-${paper}`,
      });
      expect(contacts.overflow).toEqual([]);
      expect(squeeze(contacts.text)).toContain(`${name} ${phone}`);
      for (const text of contacts.pageTexts) expect(squeeze(text)).toContain(CONFIDENTIAL);
    }

    // Spanish words are longer: the rota still fits its columns.
    const spanish = await checkPrintable(page, app.url, {
      printable: 'rota',
      query: { lang: 'es' },
      paper: 'A4',
      name: 'rota-es-A4',
    });
    expect(spanish.overflow).toEqual([]);
    expect(spanish.pageTexts[0]).toContain('Semana del');

    // In large print the sheet runs over pages: each keeps the confidentiality line and headers.
    const large = await checkPrintable(page, app.url, {
      printable: 'contacts',
      query: { large: true },
      paper: 'A4',
      name: 'contacts-large-A4',
    });
    expect(large.overflow).toEqual([]);
    expect(large.pages).toBeGreaterThan(1);
    for (const text of large.pageTexts) {
      expect(squeeze(text)).toContain(CONFIDENTIAL);
      expect(text).toContain('Languages');
    }
  });

  it('refuses a period longer than three months at the date field', async () => {
    const { page, app } = session;
    await page.goto(`${new URL(app.url).origin}/#/print/rota?from=2026-01-01&to=2026-06-30`);
    await page.getByText('A rota covers three months (92 days) at most.').first().waitFor();
    expect(await page.locator('.print-doc .print-sheet').count()).toBe(0);
    await session.expectAccessible('print-rota-too-long');
    await page.setViewportSize(ZOOM_200.viewport);
    await screenshot(page, 'print-rota-too-long-200');
    await page.setViewportSize(VIEWPORT);
  });

  it('keeps the rota and the contact sheet from a facilitator', async () => {
    const { page, app } = session;
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn(page, app.url, { username: 'facilitator', password: DEMO_PASSWORD });
    const origin = new URL(app.url).origin;
    for (const printable of ['rota', 'contacts']) {
      await page.goto(`${origin}/#/print/${printable}`);
      await page.getByRole('heading', { level: 1, name: 'Not allowed' }).waitFor();
      expect(await page.locator('.print-doc').count()).toBe(0);
    }
    await page.goto(`${origin}/#/print`);
    await page.getByRole('heading', { level: 1, name: 'Print centre' }).waitFor();
    await page.getByRole('link', { name: 'Sign-in sheet', exact: true }).waitFor();
    for (const title of ['Volunteer rota', 'Volunteer contact sheet']) {
      expect(await page.getByRole('link', { name: title }).count()).toBe(0);
    }
  });
});
