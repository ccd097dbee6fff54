// Only http(s) addresses are ever offered as links: a stored "file:", "javascript:" or
// program-handler address would run something on the shared PC instead of showing a page.
const MAX_LINK_LENGTH = 2000;
const SHOWN_LENGTH = 60;

export function isWebLink(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > MAX_LINK_LENGTH) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  const isHttp = url.protocol === 'https:' || url.protocol === 'http:';
  // A user name or password in a link is a classic way to disguise where it goes.
  return isHttp && url.username === '' && url.password === '';
}

/** "https://meet.example.org/abc" → "meet.example.org/abc", cut with "…" when long. */
export function linkForDisplay(link: string): string {
  const bare = link.replace(/^https?:\/\//i, '');
  return bare.length > SHOWN_LENGTH ? `${bare.slice(0, SHOWN_LENGTH)}…` : bare;
}
