import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { screenshot, useAppSession, VIEWPORT } from './support/app';
import { DEMO_ADMIN, DEMO_PASSWORD, prepareDemoCentre } from './support/demo-centre';

// The first sign-in after an upgrade updates the data before it opens: seconds at a large
// centre. The status the sign-in screen reads comes from the real core and key-slot file; the
// update of the small demo centre is instant, so the sign-in is held at the network for the
// time a large centre's would take.
const UPDATING =
  "Updating your centre's data to this version. This can take a minute; do not turn off the computer.";

/** The key-slot file as a version from before this one left it: no schema version recorded. */
function asLeftByAnOlderVersion(dataDir: string): void {
  const file = path.join(dataDir, 'keyslots.json');
  const { schemaVersion: _recorded, ...older } = JSON.parse(readFileSync(file, 'utf8')) as Record<
    string,
    unknown
  >;
  writeFileSync(file, JSON.stringify(older));
}

/**
 * Signs the demo administrator in with the request held at the network while `whileHeld` runs,
 * then lets it through and waits for the app.
 */
async function signInHeld(
  page: Page,
  whileHeld: () => Promise<void>,
  labels = ['Username', 'Password', 'Sign in'],
): Promise<void> {
  let release = () => undefined as void;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/api/logIn', async (route) => {
    await released;
    await route.continue();
  });
  await page.getByLabel(labels[0]!).fill(DEMO_ADMIN);
  await page.getByLabel(labels[1]!, { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: labels[2]! }).click();
  await whileHeld();
  release();
  await page.locator('.sidebar').waitFor();
  await page.unroute('**/api/logIn');
}

/** The sentence on screen (screen readers hear it from the form's status line). */
async function updateNote(page: Page): Promise<string> {
  const note = page.locator('.alert--info');
  await note.waitFor();
  return (await note.textContent()) ?? '';
}

async function zoomedScreenshot(page: Page, name: string) {
  await page.setViewportSize({ width: 683, height: 384 });
  await screenshot(page, `${name}-200`, true);
  await page.setViewportSize(VIEWPORT);
}

describe('the first sign-in after an upgrade', () => {
  let dataDir = '';
  const session = useAppSession(async (dir) => {
    dataDir = dir;
    await prepareDemoCentre(dir);
    asLeftByAnOlderVersion(dir);
  });

  it('says the data is being updated while the unlock takes its time', async () => {
    const { page, app } = session;
    await page.goto(app.url);
    await signInHeld(page, async () => {
      expect(await updateNote(page)).toBe(UPDATING);
      expect(await page.getByRole('status').filter({ hasText: UPDATING }).count()).toBe(1);
      await session.expectAccessible('60-sign-in-updating-data');
      await zoomedScreenshot(page, '60-sign-in-updating-data');
    });
  });

  it('says nothing of it at the next sign-in, once the data is up to date', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signInHeld(page, async () => {
      await page.waitForTimeout(2500);
      expect(await page.getByText(UPDATING).count()).toBe(0);
    });
  });

  it('says it in Arabic, right to left', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'العربية' }).click();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    asLeftByAnOlderVersion(dataDir);
    await page.reload();
    await signInHeld(page, async () => {
      expect(await updateNote(page)).toBe(
        'جارٍ تحديث بيانات مركزك إلى هذا الإصدار. قد يستغرق ذلك دقيقة؛ لا تُطفئ الحاسوب.',
      );
      await session.expectAccessible('61-sign-in-updating-data-ar');
      await zoomedScreenshot(page, '61-sign-in-updating-data-ar');
    }, ['اسم المستخدم', 'كلمة المرور', 'تسجيل الدخول']);
  });
});
