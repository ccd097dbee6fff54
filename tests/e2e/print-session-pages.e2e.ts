// The printables of one meeting (issue 11): the sign-in sheet (anonymous, and a named roster
// with consent), the one-page session plan, and "everything for tonight" printed together by a
// facilitator from their dashboard. Each is printed to PDF in A4 and Letter and read back.
import { execFileSync } from 'node:child_process';
import { addDays, todayIn } from '../../shared/domain/civil-dates';
import { screenshot, VIEWPORT } from './support/app';
import { useAppSession } from './support/app';
import { DEMO_PASSWORD, prepareDemoCentre, signIn, signInToDemo } from './support/demo-centre';
import { checkPrintable, printToPdf } from './support/print';
import { asDemoAdmin } from './support/volunteers';

const FACILITATOR = { username: 'facilitator', password: DEMO_PASSWORD };
const GUIDE_OPENING = 'Welcome to our own circle, friends.';
const PAPERS = ['A4', 'Letter'] as const;

/** The groups the demo facilitator runs in the coming weeks, and another group's meeting. */
const world = { facilitatorGroupNames: [] as string[], anonymousSessionId: 0, anonymousGroup: '' };

/**
 * The demo centre, with the facilitator's groups turned into named-roster groups of 30 (so the
 * sign-in sheet runs over two pages), a guide of their own, and three consented participants of
 * whom one later withdrew.
 */
async function prepareCentre(dataDir: string): Promise<void> {
  await prepareDemoCentre(dataDir);
  await asDemoAdmin(dataDir, async (call) => {
    const today = todayIn((await call('getOrganisation', {})).timeZone);
    const users = await call('listUsers', {});
    const volunteerId = users.find((user) => user.username === FACILITATOR.username)!.volunteerId;
    const window = { from: today, to: addDays(today, 27), status: 'scheduled' as const };
    const own = await call('listSessions', { ...window, volunteerId });
    const groupIds = [...new Set(own.map((session) => session.groupId))];
    for (const groupId of groupIds) {
      const { id, locationName, createdAt, updatedAt, ...fields } = await call('getGroup', {
        id: groupId,
      });
      await call('updateGroup', {
        ...fields,
        id,
        capacity: 30,
        rosterMode: 'named_with_consent',
        facilitatorGuide: `Opening\n${GUIDE_OPENING}`,
      });
      world.facilitatorGroupNames.push(fields.name);
      for (const name of ['Amira', 'Bea', 'Wanda']) {
        await call('addParticipant', { groupId, name, consentOn: addDays(today, -30) });
      }
      const wanda = (await call('listParticipants', { groupId })).find((p) => p.name === 'Wanda')!;
      await call('withdrawParticipantConsent', {
        groupId,
        id: wanda.id,
        withdrawnOn: addDays(today, -1),
      });
    }
    for (const row of await call('listSessions', window)) {
      if (groupIds.includes(row.groupId)) continue;
      const session = await call('getSession', { id: row.id });
      if (session.rosterMode !== 'anonymous' || session.format === 'online') continue;
      world.anonymousSessionId = session.id;
      world.anonymousGroup = session.groupName;
      break;
    }
  });
}

describe('printables of one meeting', () => {
  const session = useAppSession(prepareCentre);

  /** The facilitator's next meeting and its group, as the dashboard links to it. */
  const next = { sessionId: 0, group: '' };

  it('a facilitator prints everything for tonight for their next session', async () => {
    const { page, app } = session;
    await signIn(page, app.url, FACILITATOR);
    const panel = page.getByRole('region', { name: 'My next session' });
    const group = (await panel.locator('.my-next-session__group').textContent())!;
    next.group = group;
    expect(world.facilitatorGroupNames).toContain(group);
    await session.expectAccessible('session-pages-dashboard');
    await page.setViewportSize({ width: 683, height: 384 });
    await screenshot(page, 'session-pages-dashboard-200', true);
    await page.setViewportSize(VIEWPORT);

    await panel.getByRole('link', { name: 'Print everything for this meeting' }).click();
    await page.getByRole('heading', { level: 1, name: 'Everything for a meeting' }).waitFor();
    next.sessionId = Number(/sessionId=(\d+)/.exec(page.url())?.[1]);
    const parts = page.locator('.print-doc .tonight-part');
    await parts.nth(2).locator('.print-sheet').first().waitFor();
    expect(await parts.count()).toBe(3);
    await page.locator('.session-plan').waitFor();
    await session.expectAccessible('session-pages-tonight');
    const tonight = await printToPdf(page, 'session-tonight');
    expect(tonight.pageTexts[0]).toMatch(/sign-in sheet/i);
    expect(tonight.text).toMatch(/session plan/i);
    expect(tonight.text).toContain(GUIDE_OPENING);
    // The ground rules poster (engineer A's page) closes the set, with the group's own rules.
    expect(tonight.pageTexts.at(-1)).toContain('Our ground rules');
    expect(tonight.pageTexts.at(-1)).toContain('What is said here stays here.');
    // Sign-in sheet (two pages of 30 lines), the plan (one), then the poster.
    expect(tonight.pages).toBeGreaterThanOrEqual(4);
  });

  it('prints their sign-in sheet over two pages and their plan on one, in A4 and Letter', async () => {
    const { page, app } = session;
    const { sessionId, group } = next;

    for (const paper of PAPERS) {
      const sheet = await checkPrintable(page, app.url, {
        printable: 'sign-in',
        query: { sessionId },
        paper,
        name: `sign-in-named-${paper}`,
      });
      expect(sheet.overflow).toEqual([]);
      expect(sheet.pages).toBe(2);
      expect(sheet.pageTexts[0]).toContain(group);
      expect(sheet.pageTexts[0]).toContain('What is said here stays here.');
      for (const text of sheet.pageTexts) expect(text).toContain('First name or alias');
      expect(sheet.text).toContain('Amira');
      expect(sheet.text).toContain('Bea');
      // Consent withdrawn: never printed again.
      expect(sheet.text).not.toContain('Wanda');
      expect(sheet.pageTexts[1]).toMatch(/^\s*30\b/m);

      const plan = await checkPrintable(page, app.url, {
        printable: 'session-plan',
        query: { sessionId },
        paper,
        name: `session-plan-${paper}`,
      });
      expect(plan.overflow).toEqual([]);
      expect(plan.pages).toBe(1);
      expect(plan.text).toContain(group);
      expect(plan.text).toContain(GUIDE_OPENING);
      expect(plan.text).toMatch(/\d{1,2}:\d{2} to \d{1,2}:\d{2}/);
      // Short phrases: the side column wraps its lines.
      expect(plan.text).toContain('If anyone is in danger');
      expect(plan.text).toContain('See the referral');
    }
    // The longest words and the largest type still fit the one page.
    const spanish = await checkPrintable(page, app.url, {
      printable: 'session-plan',
      query: { sessionId, lang: 'es', large: true },
      paper: 'Letter',
      name: 'session-plan-es-large-Letter',
    });
    expect(spanish.overflow).toEqual([]);
    expect(spanish.pages).toBe(1);
    expect(spanish.text).toContain('Si alguien está en peligro');
    await session.expectAccessible('session-pages-plan-preview');
  });

  it('prints an anonymous sign-in sheet with numbered lines for a group that keeps no names', async () => {
    const { page, app } = session;
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signInToDemo(page, app.url);
    await page.goto(`${new URL(app.url).origin}/#/sessions/${world.anonymousSessionId}`);
    await page.getByRole('heading', { level: 1, name: world.anonymousGroup }).waitFor();
    await page.getByRole('link', { name: 'Print everything for this meeting' }).waitFor();
    await session.expectAccessible('session-pages-session');

    for (const paper of PAPERS) {
      const sheet = await checkPrintable(page, app.url, {
        printable: 'sign-in',
        query: { sessionId: world.anonymousSessionId },
        paper,
        name: `sign-in-anonymous-${paper}`,
      });
      expect(sheet.overflow).toEqual([]);
      expect(sheet.pageTexts[0]).toContain(world.anonymousGroup);
      expect(sheet.pageTexts[0]).toContain('Please write a first name or an alias only.');
      expect(sheet.pageTexts[0]).toContain('First time');
      for (const text of sheet.pageTexts) expect(text).toContain('First name or alias');
      expect(sheet.text).toMatch(/^\s*12\b/m);
    }
    // A group with no guide of its own: the template for its focus, in large Spanish print.
    const plan = await checkPrintable(page, app.url, {
      printable: 'session-plan',
      query: { sessionId: world.anonymousSessionId, lang: 'es', large: true },
      paper: 'A4',
      name: 'session-plan-template-es-large-A4',
    });
    expect(plan.overflow).toEqual([]);
    expect(plan.pages).toBe(1);
    // Words, whatever the lines they wrap over at the size the plan was fitted to; read in the
    // PDF's own order, since the layout mode interleaves the side column's lines with the rules.
    const words = execFileSync('pdftotext', ['-raw', plan.file, '-'], { encoding: 'utf8' });
    expect(words.replace(/\s+/g, ' ')).toContain('Lo que se dice aquí, se queda aquí.');
  });
});
