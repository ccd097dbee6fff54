import { openExternalLink } from '../../../main/electron/external-links';

function fakeBrowser() {
  const opened: string[] = [];
  return { opened, open: async (url: string) => void opened.push(url) };
}

describe('opening a link in the web browser', () => {
  it.each(['https://meet.example.org/grief?pwd=1', 'http://example.org', 'HTTPS://Example.org/x'])(
    'opens the web link %s',
    async (url) => {
      const browser = fakeBrowser();
      await expect(openExternalLink(url, browser.open)).resolves.toBe(true);
      expect(browser.opened).toHaveLength(1);
    },
  );

  it.each([
    ['a file', 'file:///etc/passwd'],
    ['script', 'javascript:alert(1)'],
    ['a program handler', 'ms-msdt:/id PCWDiagnostic'],
    ['SMB share', '\\\\server\\share'],
    ['mail', 'mailto:someone@example.org'],
    ['text that is not a link', 'meet dot example dot org'],
    ['a link with a user name and password', 'https://user:pass@example.org'],
    ['a very long link', `https://example.org/${'a'.repeat(2100)}`],
    ['a number', 42],
    ['nothing', undefined],
  ])('refuses %s without opening anything', async (_why, url) => {
    const browser = fakeBrowser();
    await expect(openExternalLink(url, browser.open)).resolves.toBe(false);
    expect(browser.opened).toEqual([]);
  });

  it('says no when the browser could not be opened', async () => {
    const failing = async () => {
      throw new Error('no browser');
    };
    await expect(openExternalLink('https://example.org', failing)).resolves.toBe(false);
  });
});
