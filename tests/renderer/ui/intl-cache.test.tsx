/** @jest-environment node */
import {
  dateTimeFormat,
  displayNames,
  listFormat,
  numberFormat,
} from '../../../renderer/ui/intl-cache';
import { formatLanguageList } from '../../../renderer/ui/format';

describe('the Intl formatter cache', () => {
  it('builds a formatter once per locale and options, and keeps them apart', () => {
    const time = dateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
    expect(dateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' })).toBe(
      time,
    );
    expect(
      dateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }),
    ).not.toBe(time);
    expect(dateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' })).not.toBe(time);
    expect(time.format(new Date(Date.UTC(2026, 0, 5, 19, 0)))).toBe('19:00');
    expect(displayNames('es', { type: 'language' })).toBe(displayNames('es', { type: 'language' }));
    expect(listFormat('fr', { type: 'conjunction' })).not.toBe(
      listFormat('fr', { type: 'disjunction' }),
    );
  });

  it('keeps number formatters by locale and options too', () => {
    const hours = numberFormat('en-GB', { maximumFractionDigits: 2 });
    expect(numberFormat('en-GB', { maximumFractionDigits: 2 })).toBe(hours);
    expect(numberFormat('en-GB', { maximumFractionDigits: 0 })).not.toBe(hours);
    expect(numberFormat('fr', { maximumFractionDigits: 2 })).not.toBe(hours);
    // Never a date formatter kept under the same locale and options.
    expect(numberFormat('en-GB', {})).not.toBe(dateTimeFormat('en-GB', {}));
    expect(hours.format(1234.567)).toBe('1,234.57');
  });

  it('writes language lists in each language, an unknown code as typed', () => {
    expect(formatLanguageList(['en', 'es'], 'en')).toBe('English and Spanish');
    expect(formatLanguageList(['en', 'es'], 'es')).toBe('inglés y español');
    expect(formatLanguageList(['es', 'qqq-not-a-tag!'], 'en')).toBe('Spanish and qqq-not-a-tag!');
  });
});
