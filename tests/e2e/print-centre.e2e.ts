// The print centre's frame (issue 11): the list of printables, a printable's stable address with
// its options, the true preview printed to PDF at the chosen paper size, and the print station
// refusing what is not public.
import { PRE_LOGIN_PATHS } from '../../renderer/app/pre-login-path';
import { useAppSession } from './support/app';
import { prepareDemoCentre, signInToDemo } from './support/demo-centre';
import { checkPrintable, pageSizeOf } from './support/print';

describe('print centre', () => {
  const session = useAppSession(prepareDemoCentre);

  it('lists the printables, and a printable prints at the paper size its address names', async () => {
    const { page, app } = session;
    await signInToDemo(page, app.url);
    await page.getByRole('link', { name: 'Print centre' }).click();
    await page.getByRole('heading', { level: 1, name: 'Print centre' }).waitFor();
    for (const title of ['Group flyer', 'Sign-in sheet', 'Weekly meeting list', 'Funder report']) {
      await page.getByRole('link', { name: title, exact: true }).waitFor();
    }
    await session.expectAccessible('print-centre');

    for (const [paper, size] of [
      ['A4', { width: 595, height: 842 }],
      ['Letter', { width: 612, height: 792 }],
    ] as const) {
      const printed = await checkPrintable(page, app.url, {
        printable: 'resources',
        paper,
        name: `frame-resources-${paper}`,
      });
      expect(printed.overflow).toEqual([]);
      expect(pageSizeOf(printed.file)).toEqual({
        width: expect.closeTo(size.width, 0) as number,
        height: expect.closeTo(size.height, 0) as number,
      });
      expect(printed.text).toMatch(/referral resource sheet/i);
      expect(printed.text).not.toContain('Print centre');
      expect(printed.text).not.toContain('Save as PDF');
    }
    // The options are in the address: a saved link reopens the same choice.
    await page.getByLabel('Large print').check();
    await page.waitForURL(/large=true/);
    expect(page.url()).toContain('paper=Letter');
    await session.expectAccessible('print-preview');
  });

  it('at the print station, opens public printables only', async () => {
    const { page, app } = session;
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Username').waitFor();
    const origin = new URL(app.url).origin;
    await page.goto(`${origin}/#/print/rota`);
    await page
      .getByRole('heading', { name: 'Not available at the print station' })
      .first()
      .waitFor();
    await page.goto(`${origin}/#${PRE_LOGIN_PATHS.publicPrinting}`);
    await page.goto(`${origin}/#/print/resources`);
    await page.locator('.print-doc .print-sheet').first().waitFor();
    expect(await page.getByRole('link', { name: 'Back to the print station' }).count()).toBe(1);
  });
});
