// The funder report (issue 11) from the small demo centre plus three dozen groups that met once
// (so the groups' table runs over pages): printed in A4 and Letter, its headline figures read
// back from the PDF equal the API's, its charts are there, and the table's header is on every
// page the table reaches.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { Core } from '../../main/core/core';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/errors';
import { addDays, addMonths } from '../../shared/domain/civil-dates';
import type { FunderReport } from '../../shared/domain/funder-report';
import { insertSession } from '../support/sessions';
import { screenshot, useAppSession, ZOOM_200 } from './support/app';
import { DEMO_ADMIN, DEMO_PASSWORD, prepareDemoCentre, signInToDemo } from './support/demo-centre';
import { checkPrintable, PRINT_DIR } from './support/print';
import { today } from './support/volunteers';

const EXTRA_GROUPS = 36;
const SHOTS = '/work/shots/funder-report';
const period = () => ({ from: `${addMonths(today(), -2).slice(0, 7)}-01`, to: today() });

/** The demo centre, and groups that each met once last week with a headcount recorded. */
async function prepareCentre(dataDir: string): Promise<void> {
  await prepareDemoCentre(dataDir);
  const core = new Core({ dataDir, isIdleLockTimerOn: false });
  const must = async <M extends MethodName>(method: M, input: MethodInput<M>) => {
    const result = (await core.call(method, input)) as ApiResult<MethodOutput<M>>;
    if (!result.ok) throw new Error(`${method}: ${result.error.code}`);
    return result.value;
  };
  try {
    await must('logIn', { username: DEMO_ADMIN, password: DEMO_PASSWORD });
    for (let i = 1; i <= EXTRA_GROUPS; i += 1) {
      const group = await must('createGroup', {
        name: `Funder check circle ${String(i).padStart(2, '0')}${i % 5 === 0 ? ' for parents of teenagers leaving care' : ''}`,
        focus: 'parenting',
        format: 'online',
        onlineLink: 'https://meet.example.org/circle',
        schedule: { rrule: 'FREQ=WEEKLY;BYDAY=MO', startTime: '19:00', durationMinutes: 90 },
        startDate: today(),
        status: 'paused',
      });
      const id = await insertSession(
        { core },
        { groupId: group.id, localDate: addDays(today(), -7) },
      );
      await must('recordSession', { id, headcount: 4 + (i % 7), newcomers: i % 3, notes: '' });
    }
  } finally {
    await core.close();
  }
}

/** The lines of `text` after the line naming `label`'s row: the numbers printed above it. */
function numbersAbove(text: string, label: string): string[] {
  const lines = text.split('\n');
  const at = lines.findIndex((line) => line.includes(label));
  const above =
    lines
      .slice(0, at)
      .filter((line) => line.trim() !== '')
      .at(-1) ?? '';
  return above.trim().split(/\s{2,}/);
}

async function lookAtEveryPage(file: string, name: string, pages: number): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  const base = path.join(PRINT_DIR, `${name}-gray`);
  execFileSync('pdftoppm', [
    '-gray',
    '-png',
    '-r',
    '70',
    '-f',
    '1',
    '-l',
    String(pages),
    file,
    base,
  ]);
  for (let p = 1; p <= pages; p += 1) {
    const png = `${base}-${p}.png`;
    copyFileSync(png, path.join(SHOTS, path.basename(png)));
  }
}

describe('the funder report', () => {
  const session = useAppSession(prepareCentre);

  async function openReport(page: Page): Promise<FunderReport> {
    const response = page.waitForResponse((r) => r.url().endsWith('/api/getFunderReport'));
    await page.goto(
      `${new URL(session.app.url).origin}/#/print/funder-report?from=${period().from}&to=${period().to}`,
    );
    const result = (await (await response).json()) as ApiResult<FunderReport>;
    if (!result.ok) throw new Error(result.error.code);
    return result.value;
  }

  it('prints in A4 and Letter with the API’s figures, its charts, and the groups’ header on every page', async () => {
    const { page, app } = session;
    await signInToDemo(page, app.url);
    const report = await openReport(page);
    expect(report.groups.length).toBeGreaterThan(EXTRA_GROUPS);
    const number = new Intl.NumberFormat('en-GB');
    const { totals } = report;

    for (const paper of ['A4', 'Letter'] as const) {
      const printed = await checkPrintable(page, app.url, {
        printable: 'funder-report',
        query: period(),
        paper,
        name: `funder-report-${paper}`,
      });
      expect(printed.overflow).toEqual([]);
      expect(await page.locator('.print-doc svg.funder-chart__svg').count()).toBe(3);
      expect(
        await page.locator('.print-doc svg.funder-chart__svg rect[stroke]').count(),
      ).toBeGreaterThan(6);

      const [first] = printed.pageTexts;
      expect(first).toContain('Harbour Community Centre');
      expect(numbersAbove(first!, 'Meetings held')).toEqual(
        [totals.sessionsHeld, totals.attendance, totals.newcomers, totals.groupsMet].map((n) =>
          number.format(n),
        ),
      );
      expect(numbersAbove(first!, 'Volunteer hours')).toEqual([
        new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(totals.volunteerHours),
        number.format(totals.volunteersGivingTime),
        number.format(totals.sessionsCancelled),
        number.format(totals.sessionsUnrecorded),
      ]);
      for (const title of [
        'Attendance and newcomers per month',
        'Meetings held and cancelled per month',
        'Volunteer hours per month',
      ]) {
        expect(printed.text).toContain(title);
      }
      const totalRow = printed.text.split('\n').find((line) => line.includes('All groups')) ?? '';
      expect(
        totalRow
          .trim()
          .split(/\s{2,}/)
          .slice(1, 4),
      ).toEqual(
        [totals.sessionsHeld, totals.sessionsCancelled, totals.attendance].map((n) =>
          number.format(n),
        ),
      );

      const tablePages = printed.pageTexts.filter((text) =>
        report.groups.some((g) => text.includes(g.name.slice(0, 24))),
      );
      expect(tablePages.length).toBeGreaterThan(1);
      for (const text of tablePages) expect(text).toMatch(/Group\s+Focus\s+Held\s+Cancelled/);
      expect(printed.text).not.toMatch(/incident/i);
      await lookAtEveryPage(printed.file, `funder-report-${paper}`, printed.pages);
    }
  });

  it('shows the preview, accessible, at 1366×768 and at 200% zoom', async () => {
    const { page } = session;
    await page.getByRole('heading', { level: 1, name: 'Funder report' }).first().waitFor();
    await session.expectAccessible('funder-report-preview');
    copyFileSync(
      path.join(PRINT_DIR, '..', 'screenshots', 'funder-report-preview.png'),
      path.join(SHOTS, 'preview-1366.png'),
    );
    const zoomed = await page
      .context()
      .browser()!
      .newContext({ ...ZOOM_200 });
    try {
      const small = await zoomed.newPage();
      await signInToDemo(small, session.app.url);
      await small.goto(
        `${new URL(session.app.url).origin}/#/print/funder-report?from=${period().from}&to=${period().to}`,
      );
      await small.locator('.print-doc .funder-chart').first().waitFor();
      await screenshot(small, 'funder-report-preview-zoom200');
      await small.screenshot({ path: path.join(SHOTS, 'preview-zoom200.png') });
    } finally {
      await zoomed.close();
    }
  });
});
