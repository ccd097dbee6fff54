import { dateLocale, formatWallTime } from '../../renderer/i18n/date-locale';

describe('the date locale', () => {
  it('writes in the UI language with the region this computer is set up for', () => {
    expect(dateLocale('es', ['en-GB', 'en'])).toBe('es-GB');
    expect(dateLocale('en', ['es-MX'])).toBe('en-MX');
    expect(dateLocale('en', ['en-US'])).toBe('en-US');
  });

  it('uses the first computer locale that names a region, else the language alone', () => {
    expect(dateLocale('en', ['fr', 'de-AT'])).toBe('en-AT');
    expect(dateLocale('es', ['fr'])).toBe('es');
    expect(dateLocale('en', ['not a locale'])).toBe('en');
  });

  it('writes times on a 24-hour clock where the region does', () => {
    expect(formatWallTime('19:05', 'en-GB')).toBe('19:05');
    expect(formatWallTime('19:05', 'es-ES')).toBe('19:05');
    expect(formatWallTime('19:05', 'en-US')).toMatch(/^7:05\sPM$/);
  });
});
