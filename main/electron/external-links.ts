import { isWebLink } from '../../shared/text/web-link';

/**
 * Opens a link from the page in the OS web browser, but only an http(s) one: the page is not
 * trusted to choose what the OS runs (shell.openExternal would start any registered handler).
 */
export async function openExternalLink(
  url: unknown,
  openInBrowser: (url: string) => Promise<void>,
): Promise<boolean> {
  if (!isWebLink(url)) return false;
  try {
    await openInBrowser(url);
    return true;
  } catch {
    return false;
  }
}
