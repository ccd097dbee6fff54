import path from 'node:path';
import { screenshot, useAppSession } from './support/app';
import { openSignedInAsDemo, prepareDemoCentre } from './support/demo-centre';
import { anyProblem, findDemoPaths, layoutProblems, openScreen, SCREENS } from './support/screens';

// Issue 12: French words are longer than English ones ("Obligatoire (coanimateur)"), Spanish ones
// too. Every screen, once its data is in, at 1366×768: axe finds nothing, nothing scrolls sideways,
// no heading or row name is broken inside a word, no "Loading…" left. (Arabic: arabic.e2e.ts.)
describe.each([
  { language: 'French', button: 'Français', dashboard: 'Tableau de bord', folder: 'fr' },
  { language: 'Spanish', button: 'Español', dashboard: 'Resumen', folder: 'es' },
])('the app in $language', ({ button, dashboard, folder }) => {
  const session = useAppSession(prepareDemoCentre);

  it('fits every screen without breaking words, and axe finds nothing', async () => {
    const { page, app } = session;
    await openSignedInAsDemo(page, app.url);
    await page.getByRole('button', { name: button }).click();
    await page.getByRole('heading', { level: 1, name: dashboard }).waitFor();
    const origin = new URL(app.url).origin;
    const paths = await findDemoPaths(page, origin);
    const problems: unknown[] = [];
    for (const screen of SCREENS) {
      await openScreen(page, origin, screen, paths);
      await screenshot(page, path.join(folder, screen.name));
      await session.expectAccessible(`${folder}-${screen.name}`);
      const found = anyProblem(await layoutProblems(page));
      if (Object.keys(found).length) problems.push({ screen: screen.name, ...found });
    }
    expect(problems).toEqual([]);
  }, 300_000);
});
