import { renameSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { screenshot, useAppSession } from './support/app';
import { createCentre } from './support/demo-centre';

// A centre's key file went missing (a cleanup, a half copy): the app must say so and never
// offer setup over the data; once the file is back, it opens as before.
const PASSWORD = 'lantern-meadow-58';

describe('a data folder whose key file is missing', () => {
  let keySlots = '';
  const session = useAppSession(async (dataDir) => {
    await createCentre(dataDir, PASSWORD);
    keySlots = path.join(dataDir, 'keyslots.json');
    renameSync(keySlots, `${keySlots}.away`);
  });
  let page: Page;

  beforeAll(() => {
    page = session.page;
  });

  it('says what happened and what to do, with no setup form', async () => {
    await page.goto(session.app.url);
    await page
      .getByRole('heading', { level: 1, name: 'The key file is missing or damaged' })
      .waitFor();
    await page.getByText('Nothing has been changed or deleted.').waitFor();
    expect(await page.getByLabel('Organisation name').count()).toBe(0);
    await session.expectAccessible('key-file-problem-en');
  });

  it('says it in Spanish too, and at 200% zoom', async () => {
    await page.getByRole('button', { name: 'Español' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Falta el archivo de claves o está dañado' })
      .waitFor();
    await session.expectAccessible('key-file-problem-es');
    await page.setViewportSize({ width: 683, height: 384 });
    await screenshot(page, 'key-file-problem-es-200');
    await page.getByRole('button', { name: 'English' }).click();
    await screenshot(page, 'key-file-problem-en-200');
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  it('opens the sign-in screen after Check again, once the key file is back', async () => {
    await page.getByRole('button', { name: 'Check again' }).click();
    // The check is over when the button is enabled again: the file comes back only after it,
    // or this first check could already find it (and the screen would be gone).
    await page.getByRole('button', { name: 'Check again', disabled: false }).waitFor();
    await page
      .getByRole('heading', { level: 1, name: 'The key file is missing or damaged' })
      .waitFor();
    renameSync(`${keySlots}.away`, keySlots);
    await page.getByRole('button', { name: 'Check again' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  });
});
