import type { Page } from 'playwright-core';
import { addDays, todayIn } from '../../shared/domain/civil-dates';
import { zonedInstant } from '../../shared/domain/zoned-time';
import { withRawVaultDatabase } from '../support/raw-database';
import { fillDateTimeField, screenshot, useAppSession, ZOOM_200 } from './support/app';
import {
  DEMO_ADMIN,
  DEMO_PASSWORD,
  prepareDemoCentre,
  signInToDemo,
  openSignedInAsDemo,
} from './support/demo-centre';

// After a session: the demo administrator records what happened, keeps a named roster and
// ticks who came.

interface PastSessions {
  anonymous: number;
  named: number;
  namedGroupId: number;
  /** The civil date both sessions were held on (two days ago). */
  heldOn: string;
}

/**
 * Two sessions held two days ago, stored behind the app's back (one-off sessions cannot be added
 * through the API on this branch yet), and a second group switched to a named roster.
 */
function addPastSessions(dataDir: string): Promise<PastSessions> {
  return withRawVaultDatabase(dataDir, { username: DEMO_ADMIN, password: DEMO_PASSWORD }, (db) => {
    const { time_zone: zone } = db.prepare('SELECT time_zone FROM organisation').get() as {
      time_zone: string;
    };
    const heldOn = addDays(todayIn(zone), -2);
    const startsAt = zonedInstant(heldOn, '18:00', zone);
    const endsAt = new Date(Date.parse(startsAt) + 90 * 60_000).toISOString();
    const groups = db
      .prepare("SELECT id FROM support_group WHERE status = 'active' ORDER BY id LIMIT 2")
      .all() as { id: number }[];
    const [anonymousGroup, namedGroup] = groups.map((g) => g.id) as [number, number];
    db.prepare("UPDATE support_group SET roster_mode = 'named_with_consent' WHERE id = ?").run(
      namedGroup,
    );
    db.prepare('UPDATE support_group SET capacity = 12 WHERE id = ?').run(anonymousGroup);
    const insert = db.prepare(
      `INSERT INTO group_session (group_id, starts_at, ends_at, local_date, local_start,
         created_at, updated_at) VALUES (?, ?, ?, ?, '18:00', ?, ?) RETURNING id`,
    );
    const now = new Date().toISOString();
    const add = (groupId: number) =>
      (insert.get(groupId, startsAt, endsAt, heldOn, now, now) as { id: number }).id;
    return {
      anonymous: add(anonymousGroup),
      named: add(namedGroup),
      namedGroupId: namedGroup,
      heldOn,
    };
  });
}

describe('recording a session', () => {
  let past: PastSessions;
  const session = useAppSession(async (dir) => {
    await prepareDemoCentre(dir);
    past = await addPastSessions(dir);
  });
  const open = (page: Page, path: string) =>
    page.goto(`${new URL(session.app.url).origin}/#${path}`);

  beforeAll(async () => {
    await signInToDemo(session.page, session.app.url);
  });

  it('records headcount, newcomers, hours and notes, and shows the saved record', async () => {
    const { page } = session;
    await open(page, `/sessions/${past.anonymous}`);
    await page.getByRole('heading', { level: 2, name: 'What happened' }).waitFor();
    const hours = page.getByLabel(/^Hours for/);
    expect(await hours.first().inputValue()).toBe('1.5');
    await page.getByLabel(/^Headcount/).fill('8');
    await page.getByLabel(/^Newcomers/).fill('2');
    await hours.first().fill('2');
    await page.getByLabel(/^Notes/).fill('Warm welcome for two newcomers.');
    await session.expectAccessible('session-record-form');
    await page.getByRole('button', { name: 'Save record' }).click();
    await page.getByRole('button', { name: 'Edit record' }).waitFor();
    await page.getByText('Warm welcome for two newcomers.').waitFor();
    await page.getByText(/: 2 h/).first().waitFor();
    await page.getByText('Held', { exact: true }).waitFor();
    await session.expectAccessible('session-record-saved');
  });

  it('asks before a headcount above the group’s capacity', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Edit record' }).click();
    await page.getByLabel(/^Headcount/).fill('999');
    await page.getByRole('button', { name: 'Save record' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByText('More people than the group’s capacity?').waitFor();
    await session.expectAccessible('session-record-over-capacity');
    await dialog.getByRole('button', { name: 'Go back' }).click();
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await page.getByRole('button', { name: 'Leave' }).click();
    await page.getByRole('button', { name: 'Edit record' }).waitFor();
    expect(await page.getByText('999').count()).toBe(0);
  });

  it('keeps a named roster on the group page, withdraws consent, and ticks who came', async () => {
    const { page } = session;
    await open(page, `/groups/${past.namedGroupId}`);
    await page.getByRole('heading', { level: 2, name: 'Participants' }).waitFor();
    for (const name of ['Jo', 'Sam']) {
      await page.getByRole('button', { name: 'Add participant' }).click();
      await page.getByLabel(/^First name or alias/).fill(name);
      await fillDateTimeField(page, 'Consent given on', addDays(past.heldOn, -7));
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await page.getByRole('rowheader', { name }).waitFor();
    }
    await page.getByRole('button', { name: 'Withdraw consent for Sam' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Withdraw consent' }).click();
    await page.getByRole('rowheader', { name: 'Sam' }).waitFor({ state: 'detached' });
    await session.expectAccessible('participants');

    await open(page, `/sessions/${past.named}`);
    // Sam withdrew today: still on the roster of a session two days ago.
    await page.getByRole('checkbox', { name: 'Sam' }).waitFor();
    await page.getByText('Jo', { exact: true }).click();
    await page.getByLabel(/^Headcount/).fill('2');
    await page.getByLabel(/^Newcomers/).fill('0');
    await session.expectAccessible('session-record-attendance');
    await page.getByRole('button', { name: 'Save record' }).click();
    await page.getByRole('button', { name: 'Edit record' }).waitFor();
    const whoCame = page.locator('.details__item').filter({ hasText: 'Who came' });
    await whoCame.locator('dd', { hasText: /^Jo$/ }).waitFor();
  });

  it('reflows at 200 % zoom', async () => {
    const browser = session.page.context().browser()!;
    const context = await browser.newContext(ZOOM_200);
    const page = await context.newPage();
    try {
      await openSignedInAsDemo(page, session.app.url);
      for (const [path, name] of [
        [`/sessions/${past.anonymous}`, 'session-record-zoom200'],
        [`/groups/${past.namedGroupId}`, 'participants-zoom200'],
      ] as const) {
        await page.goto(`${new URL(session.app.url).origin}/#${path}`);
        await page.getByRole('heading', { level: 2 }).first().waitFor();
        const section = page.getByRole('heading', {
          name: name.startsWith('session') ? 'What happened' : 'Participants',
        });
        await section.scrollIntoViewIfNeeded();
        await screenshot(page, name);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
      }
    } finally {
      await context.close();
    }
  });
});
