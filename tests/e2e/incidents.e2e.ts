import type { Page } from 'playwright-core';
import { addDays } from '../../shared/domain/civil-dates';
import { isFullFacilitatorRow } from '../../shared/domain/facilitators';
import { Core } from '../../main/core/core';
import { untilCallsSettle } from '../support/calls-settle';
import { withRawVaultDatabase } from '../support/raw-database';
import { fullVolunteer, SAMPLE_PASSWORD } from '../support/sample-inputs';
import { insertSession } from '../support/sessions';
import { screenshot, useAppSession } from './support/app';
import { DEMO_ADMIN, DEMO_PASSWORD, prepareDemoCentre, signIn } from './support/demo-centre';
import { asDemoAdmin, today } from './support/volunteers';

// A facilitator reports a safeguarding incident from a session; a coordinator follows it up and
// closes it; another facilitator of the same group finds no trace of it anywhere.

const CORA = { username: 'cora', password: SAMPLE_PASSWORD };
const REPORTER = { username: 'rhea', password: 'harbour-kite-64' };
const OTHER = { username: 'otto', password: 'willow-gate-27' };
const WHAT_HAPPENED = 'Sunniva said her stepfather hurts her when he drinks.';
const WHAT_WAS_DONE = 'Talked with her after the circle and gave her the helpline card.';
const CLOSING_NOTE = 'Referred to the children’s services duty team; they are in touch.';

/** Where the story happens: yesterday's session of a demo group with a facilitator. */
const place = { groupId: 0, sessionId: 0, groupName: '' };

/**
 * The small demo centre, then: the reporter's account linked to a demo volunteer who already
 * facilitates a group, another facilitator account linked to a new co-facilitator of it, and a
 * session of that group yesterday (demo sessions start today: incidents come from past ones).
 */
async function prepareCentre(dataDir: string): Promise<void> {
  await prepareDemoCentre(dataDir);
  const links: [string, number][] = [];
  await asDemoAdmin(dataDir, async (call) => {
    await call('createUser', { ...CORA, displayName: 'Cora Lane', role: 'coordinator' });
    await call('createUser', { ...REPORTER, displayName: 'Rhea Quinn', role: 'facilitator' });
    await call('createUser', { ...OTHER, displayName: 'Otto Lind', role: 'facilitator' });
    for (const group of await call('listGroups', {})) {
      const facilitator = (await call('listGroupFacilitators', { groupId: group.id })).find(
        isFullFacilitatorRow,
      );
      if (!facilitator) continue;
      const otto = await call(
        'createVolunteer',
        fullVolunteer({ firstName: 'Otto', lastName: 'Lind', preferredName: '' }),
      );
      await call('assignFacilitator', { groupId: group.id, volunteerId: otto.id, role: 'co' });
      links.push([REPORTER.username, facilitator.volunteerId], [OTHER.username, otto.id]);
      Object.assign(place, { groupId: group.id, groupName: group.name });
      return;
    }
    throw new Error('no demo group with a facilitator');
  });
  const core = new Core({ dataDir, isIdleLockTimerOn: false });
  try {
    await core.call('logIn', { username: DEMO_ADMIN, password: DEMO_PASSWORD });
    const yesterday = addDays(today(), -1);
    place.sessionId = await insertSession(
      { core },
      { groupId: place.groupId, localDate: yesterday },
    );
  } finally {
    await core.close();
  }
  // The users screen that links an account to a volunteer is built elsewhere: link it directly.
  await withRawVaultDatabase(dataDir, { username: DEMO_ADMIN, password: DEMO_PASSWORD }, (db) => {
    for (const [username, volunteerId] of links) {
      db.prepare('UPDATE app_user SET volunteer_id = ? WHERE username = ?').run(
        volunteerId,
        username,
      );
    }
  });
}

describe('a safeguarding incident, from report to close', () => {
  const session = useAppSession(prepareCentre);
  let page: Page;
  const go = (path: string) => page.goto(`${new URL(session.app.url).origin}/#${path}`);
  let incidentPath = '';

  beforeAll(() => {
    page = session.page;
  });

  it('shows the facilitator their next session, and lets them record the last one', async () => {
    await signIn(page, session.app.url, REPORTER);
    const next = page.getByRole('region', { name: 'My next session' });
    // Their demo volunteer may facilitate other groups too: whichever meets first is shown.
    await next.getByText('Facilitating with you').waitFor();
    await next.getByRole('link', { name: 'Open the session to record it' }).waitFor();
    expect(await next.textContent()).not.toContain('You have no sessions coming up');
    await screenshot(page, 'incidents-facilitator-next-session');
    await go(`/sessions/${place.sessionId}`);
    await page.getByRole('heading', { level: 2, name: 'What happened' }).waitFor();
    await page.getByLabel(/^Headcount/).fill('6');
    await page.getByLabel(/^Newcomers/).fill('1');
    await page.getByRole('button', { name: 'Save record' }).click();
    await page.getByRole('button', { name: 'Edit record' }).waitFor();
    await page.getByText('Held', { exact: true }).waitFor();
  });

  it('lets the facilitator report an incident from the session page', async () => {
    await go(`/sessions/${place.sessionId}`);
    const section = page.getByRole('region', { name: 'Incidents' });
    await section.getByText('No incidents you can see for this session.').waitFor();
    await section.getByRole('button', { name: 'Report an incident' }).click();
    const dialog = page.getByRole('dialog', { name: 'Report an incident' });
    await dialog.getByText('call your local emergency number first').waitFor();
    await session.expectAccessible('incidents-report-dialog');
    await dialog.getByRole('button', { name: 'Send report' }).click();
    await dialog.getByText('This field is required.').first().waitFor();
    // The first choice in error takes the focus, so the person starts at the top of the form.
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('type'));
    expect(focused).toBe('radio');
    await session.expectAccessible('incidents-report-dialog-errors');
    await dialog.getByText('Someone told us about harm or abuse', { exact: true }).click();
    await dialog.getByText('High', { exact: true }).click();
    await dialog.getByLabel('What happened').fill(WHAT_HAPPENED);
    await dialog.getByLabel('What was done').fill(WHAT_WAS_DONE);
    await dialog.getByText('Someone was referred to another service').click();
    await dialog.getByRole('button', { name: 'Send report' }).click();
    await section.getByText('Your report was sent.', { exact: false }).waitFor();
    const link = section.getByRole('link', { name: /^Open incident from/ });
    await link.waitFor();
    expect(await section.textContent()).not.toContain('Sunniva');
    await section.scrollIntoViewIfNeeded();
    await session.expectAccessible('incidents-session-section');
    await link.click();
    await page.getByText(WHAT_HAPPENED).waitFor();
    incidentPath = new URL(page.url()).hash.slice(1);
    expect(await page.getByRole('region', { name: 'Add a note' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Sign out' }).click();
  });

  it('lets a coordinator read it and close it with a note', async () => {
    await signIn(page, session.app.url, CORA);
    const panel = page.getByRole('region', { name: 'Open incidents' });
    await panel.locator(`a[href$="${incidentPath}"]`).waitFor();
    await panel.scrollIntoViewIfNeeded();
    await session.expectAccessible('incidents-dashboard-panel');
    await page.getByRole('link', { name: 'Incidents', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Incidents' }).waitFor();
    await page.getByLabel('Show').selectOption('open');
    // The demo centre has incidents of its own: this one is the row that links to its page.
    const row = page.locator(`a[href$="${incidentPath}"]`);
    await row.waitFor();
    expect(await row.getAttribute('aria-label')).toContain(place.groupName);
    expect(await page.locator('main').textContent()).not.toContain('Sunniva');
    await session.expectAccessible('incidents-list');
    await row.click();
    await page.getByText(WHAT_WAS_DONE).waitFor();
    const followUp = page.getByRole('region', { name: 'Add a note' });
    await followUp.getByRole('button', { name: 'Save note' }).click();
    await followUp.getByText('This field is required.', { exact: false }).first().waitFor();
    await followUp.getByText('Move to “Closed”').click();
    await followUp.getByLabel('Follow-up note').fill(CLOSING_NOTE);
    await followUp.getByRole('button', { name: 'Save note' }).click();
    const notes = page.getByRole('region', { name: 'Follow-up notes' });
    await notes.getByText(CLOSING_NOTE).waitFor();
    await notes.getByText('Moved to “Closed”', { exact: false }).waitFor();
    await page.locator('.page-header').getByText('Closed', { exact: true }).waitFor();
    await session.expectAccessible('incidents-detail-closed');
    await screenshot(page, 'incidents-detail-closed-full', true);
    await page.getByRole('button', { name: 'Sign out' }).click();
  });

  it('leaves no trace of it for another facilitator of the same group', async () => {
    await signIn(page, session.app.url, OTHER);
    const main = page.locator('main');
    expect(await main.textContent()).not.toMatch(/incident|Sunniva/i);
    await page.getByRole('link', { name: 'Incidents', exact: true }).click();
    await page.getByText('You have not reported any incidents.', { exact: false }).waitFor();
    await session.expectAccessible('incidents-list-empty-own');
    await go(`/sessions/${place.sessionId}`);
    const section = page.getByRole('region', { name: 'Incidents' });
    await section.getByText('No incidents you can see for this session.').waitFor();
    expect(await main.textContent()).not.toContain('Sunniva');
    await go(incidentPath);
    await page.getByText('That record no longer exists.').waitFor();
    expect(await main.textContent()).not.toMatch(/Sunniva|Rhea/);
    await page.getByRole('button', { name: 'Sign out' }).click();
  });

  it('fits the list, the incident and the report dialog at 200 % zoom', async () => {
    const zoomed = await page
      .context()
      .browser()!
      .newContext({ viewport: { width: 683, height: 384 }, deviceScaleFactor: 2 });
    const small = await zoomed.newPage();
    const goSmall = (path: string) => small.goto(`${new URL(session.app.url).origin}/#${path}`);
    try {
      await signIn(small, session.app.url, CORA);
      await goSmall('/incidents');
      await small.locator(`a[href$="${incidentPath}"]`).waitFor();
      await screenshot(small, 'zoom200-incidents-list');
      await goSmall(incidentPath);
      await small.getByText(WHAT_HAPPENED).waitFor();
      await screenshot(small, 'zoom200-incidents-detail');
      // Until the page has all its answers: a section above the incidents whose "Loading…" gives
      // way to its content may move the button under a click aimed at it.
      await untilCallsSettle(small, () => goSmall(`/sessions/${place.sessionId}`));
      await small.getByRole('button', { name: 'Report an incident' }).click();
      await small.getByRole('dialog', { name: 'Report an incident' }).waitFor();
      await screenshot(small, 'zoom200-incidents-report-dialog');
    } finally {
      await zoomed.close();
    }
  });
});
