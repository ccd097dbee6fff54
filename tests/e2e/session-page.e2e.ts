import { prepareDemoCentre, signInToDemo } from './support/demo-centre';
import { useAppSession } from './support/app';

// A session's own page: which group, when and where, reached by its address.

describe('the session page', () => {
  const session = useAppSession(prepareDemoCentre);

  it('shows the group, the day and time, and where it meets', async () => {
    const { page, app } = session;
    await signInToDemo(page, app.url);
    await page.goto(`${new URL(app.url).origin}/#/sessions/1`);
    const heading = page.getByRole('heading', { level: 1 });
    await heading.waitFor();
    await page.getByText('Scheduled').waitFor();
    expect(await page.getByRole('link', { name: /Back to/ }).count()).toBe(1);
    await session.expectAccessible('session-page');
  });
});
