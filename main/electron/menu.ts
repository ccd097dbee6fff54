// A small application menu: copy and paste, zoom for people who need large text, About.
// DevTools and reload only in development builds.
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  isMac: boolean;
  isDevToolsAllowed: boolean;
}

export function buildMenuTemplate({
  isMac,
  isDevToolsAllowed,
}: MenuOptions): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    // Ctrl/Cmd+= zooms in too: on most keyboards '+' needs Shift, which people miss.
    { role: 'zoomIn', accelerator: 'CommandOrControl+=', visible: false },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  if (isDevToolsAllowed) {
    view.push({ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' });
  }
  const menu: MenuItemConstructorOptions[] = [
    isMac ? { role: 'appMenu' } : { role: 'fileMenu' },
    { role: 'editMenu' },
    { label: 'View', submenu: view },
  ];
  // macOS has About in the app menu already.
  if (!isMac) menu.push({ role: 'help', submenu: [{ role: 'about' }] });
  return menu;
}
