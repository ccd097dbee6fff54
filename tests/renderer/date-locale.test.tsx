import { dateLocale, dateTimeExample, formatWallTime } from '../../renderer/i18n/date-locale';

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

  it('follows the organisation’s region over the computer’s when one is chosen', () => {
    expect(dateLocale('en', ['en-US'], 'GB')).toBe('en-GB');
    expect(dateLocale('es', ['en-GB'], 'MX')).toBe('es-MX');
    expect(dateLocale('en', ['en-GB'], '')).toBe('en-GB');
  });

  it('shows an example time and date for a region', () => {
    expect(dateTimeExample('en-GB')).toBe('19:00, 30/11/2026');
    expect(dateTimeExample('en-US')).toMatch(/^7:00\sPM, 11\/30\/26$/);
  });

  it('writes times on a 24-hour clock where the region does', () => {
    expect(formatWallTime('19:05', 'en-GB')).toBe('19:05');
    expect(formatWallTime('19:05', 'es-ES')).toBe('19:05');
    expect(formatWallTime('19:05', 'en-US')).toMatch(/^7:05\sPM$/);
  });
});
