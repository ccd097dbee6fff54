import { isWebLink, linkForDisplay } from '../../../shared/text/web-link';

describe('web links', () => {
  it('accepts only http and https addresses without credentials', () => {
    expect(isWebLink('https://meet.example.org/abc')).toBe(true);
    expect(isWebLink('http://example.org')).toBe(true);
    expect(isWebLink('javascript:alert(1)')).toBe(false);
    expect(isWebLink('file:///C:/x')).toBe(false);
    expect(isWebLink('https://a:b@example.org')).toBe(false);
    expect(isWebLink('')).toBe(false);
  });

  it('shows a link without its scheme, shortened when long', () => {
    expect(linkForDisplay('https://meet.example.org/grief')).toBe('meet.example.org/grief');
    const shown = linkForDisplay(`https://meet.example.org/${'x'.repeat(200)}`);
    expect(shown.length).toBeLessThanOrEqual(61);
    expect(shown.startsWith('meet.example.org/')).toBe(true);
    expect(shown.endsWith('…')).toBe(true);
  });
});
