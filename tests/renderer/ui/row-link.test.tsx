import { act, fireEvent, screen } from '@testing-library/react';
import { router as appRouter } from '../../../renderer/app/router';
import { RowLink, rowLinkPath, type RowLinkTarget } from '../../../renderer/ui/RowLink';
import { renderInRouter } from '../support/render';

const targets: RowLinkTarget[] = [
  { to: '/groups/$groupId', params: { groupId: '12' } },
  { to: '/volunteers/$volunteerId', params: { volunteerId: '7' } },
];

describe('RowLink', () => {
  it('opens the address the app router builds for the same route and parameters', () => {
    for (const target of targets) {
      expect(rowLinkPath(target)).toBe(appRouter.buildLocation(target).pathname);
    }
    expect(rowLinkPath({ to: '/groups/$groupId', params: { groupId: 'a/b' } })).toBe(
      '/groups/a%2Fb',
    );
  });

  it('is a real link that the router follows on a click', async () => {
    const { router } = await renderInRouter(
      <RowLink target={{ to: '/volunteers/$volunteerId', params: { volunteerId: '7' } }}>
        Amara Okafor
      </RowLink>,
    );
    const link = screen.getByRole('link', { name: 'Amara Okafor' });
    expect(link.getAttribute('href')).toBe('/volunteers/7');
    await act(async () => {
      fireEvent.click(link);
    });
    expect(router.state.location.pathname).toBe('/volunteers/7');
  });

  it('leaves a click with a modifier key (a new tab) to the browser', async () => {
    const { router } = await renderInRouter(
      <RowLink target={{ to: '/groups/$groupId', params: { groupId: '3' } }}>
        Tuesday group
      </RowLink>,
    );
    await act(async () => {
      fireEvent.click(screen.getByRole('link', { name: 'Tuesday group' }), { ctrlKey: true });
    });
    expect(router.state.location.pathname).toBe('/form');
  });
});
