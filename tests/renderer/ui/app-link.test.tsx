import { act, fireEvent, screen } from '@testing-library/react';
import { router as appRouter } from '../../../renderer/app/router';
import { AppLink, appLinkPath, type AppLinkTarget } from '../../../renderer/ui/AppLink';
import { renderInRouter } from '../support/render';

const targets: AppLinkTarget[] = [
  { to: '/groups/$groupId', params: { groupId: '12' } },
  { to: '/volunteers/$volunteerId', params: { volunteerId: '7' } },
  { to: '/sessions/$sessionId', params: { sessionId: '31' } },
  { to: '/calendar', search: {} },
  { to: '/calendar', search: { view: 'agenda', date: '2026-08-11', focus: 'grief' } },
  { to: '/calendar', search: { view: 'week', locationId: 2, volunteerId: 9 } },
];

describe('AppLink', () => {
  it('opens the address the app router builds for the same route, parameters and search', () => {
    for (const target of targets) {
      expect(appLinkPath(target)).toBe(appRouter.buildLocation(target).href);
    }
    expect(appLinkPath({ to: '/groups/$groupId', params: { groupId: 'a/b' } })).toBe(
      '/groups/a%2Fb',
    );
  });

  it('writes the hash address under the app router (Electron loads a file)', () => {
    expect(appRouter.history.createHref(appLinkPath(targets[2]!))).toMatch(/#\/sessions\/31$/);
    expect(appRouter.history.createHref(appLinkPath(targets[4]!))).toMatch(
      /#\/calendar\?view=agenda&date=2026-08-11&focus=grief$/,
    );
  });

  it('is a real link that the router follows on a click', async () => {
    const { router } = await renderInRouter(
      <AppLink to="/volunteers/$volunteerId" params={{ volunteerId: '7' }}>
        Amara Okafor
      </AppLink>,
    );
    const link = screen.getByRole('link', { name: 'Amara Okafor' });
    expect(link.getAttribute('href')).toBe('/volunteers/7');
    await act(async () => {
      fireEvent.click(link);
    });
    expect(router.state.location.pathname).toBe('/volunteers/7');
  });

  it('follows a calendar address with its search', async () => {
    const { router } = await renderInRouter(
      <AppLink to="/calendar" search={{ view: 'agenda', date: '2026-03-10' }} className="more">
        12 more
      </AppLink>,
    );
    const link = screen.getByRole('link', { name: '12 more' });
    expect(link.className).toBe('more');
    await act(async () => {
      fireEvent.click(link);
    });
    expect(router.state.location.href).toBe('/calendar?view=agenda&date=2026-03-10');
  });

  it('leaves a click with a modifier key or another button (a new tab) to the browser', async () => {
    const { router } = await renderInRouter(
      <AppLink to="/groups/$groupId" params={{ groupId: '3' }}>
        Tuesday group
      </AppLink>,
    );
    // What reaches the browser: whether the app took the click; then jsdom is kept from
    // navigating, which it cannot.
    const leftToBrowser: boolean[] = [];
    const browser = (event: MouseEvent) => {
      leftToBrowser.push(!event.defaultPrevented);
      event.preventDefault();
    };
    document.addEventListener('click', browser);
    const link = screen.getByRole('link', { name: 'Tuesday group' });
    for (const modifier of ['ctrlKey', 'metaKey', 'shiftKey', 'altKey']) {
      await act(async () => {
        fireEvent.click(link, { [modifier]: true });
      });
    }
    await act(async () => {
      fireEvent.click(link, { button: 1 });
    });
    expect(router.state.location.pathname).toBe('/form');
    await act(async () => {
      fireEvent.click(link);
    });
    document.removeEventListener('click', browser);
    expect(leftToBrowser).toEqual([true, true, true, true, true, false]);
    expect(router.state.location.pathname).toBe('/groups/3');
  });
});
