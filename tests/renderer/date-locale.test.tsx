import { dateLocale, dateTimeExample, formatWallTime } from '../../renderer/i18n/date-locale';

describe('the date locale', () => {
  it('writes in the UI language with the region this computer is set up for', () => {
    expect(dateLocale('es', ['en-GB', 'en'])).toBe('es-GB-u-hc-h23');
    expect(dateLocale('en', ['es-MX'])).toBe('en-MX-u-hc-h12');
    expect(dateLocale('en', ['en-US'])).toBe('en-US-u-hc-h12');
  });

  it('uses the first computer locale that names a region, else the language alone', () => {
    expect(dateLocale('en', ['fr', 'de-AT'])).toBe('en-AT-u-hc-h23');
    expect(dateLocale('es', ['fr'])).toBe('es');
    expect(dateLocale('en', ['not a locale'])).toBe('en');
  });

  it('follows the organisation’s region over the computer’s when one is chosen', () => {
    expect(dateLocale('en', ['en-US'], 'GB')).toBe('en-GB-u-hc-h23');
    expect(dateLocale('es', ['en-GB'], 'MX')).toBe('es-MX-u-hc-h12');
    expect(dateLocale('en', ['en-GB'], '')).toBe('en-GB-u-hc-h23');
  });

  it('uses the region’s own clock where the language has no data for that region', () => {
    expect(formatWallTime('19:00', dateLocale('en', [], 'MA'))).toBe('19:00');
    expect(formatWallTime('19:00', dateLocale('es', [], 'GB'))).toBe('19:00');
    expect(formatWallTime('19:00', dateLocale('es', [], 'FR'))).toBe('19:00');
    expect(formatWallTime('19:00', dateLocale('en', [], 'US'))).toMatch(/^7:00\sPM$/);
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
