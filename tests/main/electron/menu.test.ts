import { buildMenuTemplate } from '../../../main/electron/menu';

type MenuItemConstructorOptions = ReturnType<typeof buildMenuTemplate>[number];

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

describe('application menu', () => {
  it.each([true, false])('has no DevTools or reload in a packaged build (macOS: %s)', (isMac) => {
    const all = roles(buildMenuTemplate({ isMac, isDevToolsAllowed: false }));
    expect(all).not.toContain('toggleDevTools');
    expect(all).not.toContain('reload');
    expect(all).not.toContain('forceReload');
  });

  it('offers DevTools in a development build', () => {
    expect(roles(buildMenuTemplate({ isMac: false, isDevToolsAllowed: true }))).toContain(
      'toggleDevTools',
    );
  });

  it('offers copy and paste, zoom for large text, and About', () => {
    for (const isMac of [true, false]) {
      const template = buildMenuTemplate({ isMac, isDevToolsAllowed: false });
      expect(roles(template)).toEqual(
        expect.arrayContaining(['editMenu', 'zoomIn', 'zoomOut', 'resetZoom']),
      );
      expect(roles(template)).toContain(isMac ? 'appMenu' : 'about');
    }
  });
});
