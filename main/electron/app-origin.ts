// The renderer is served from app://circlekeeper/, never from file:// or a server: a custom
// origin of our own keeps other local files and other sites out of the page's reach.
export const APP_SCHEME = 'app';
export const APP_HOST = 'circlekeeper';
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

export function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for app://circlekeeper/… exactly: no other host, no port, no user info. */
export function isAppUrl(url: URL): boolean {
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.host === APP_HOST &&
    url.username === '' &&
    url.password === ''
  );
}
