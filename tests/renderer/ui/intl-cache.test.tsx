/** @jest-environment node */
import {
  collator,
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
    expect(numberFormat('fr')).toBe(numberFormat('fr', {}));
    expect(numberFormat('fr', { style: 'percent' })).not.toBe(numberFormat('fr'));
    expect(numberFormat('en', { maximumFractionDigits: 2 }).format(1234.256)).toBe('1,234.26');
    expect(collator('es', { numeric: true })).toBe(collator('es', { numeric: true }));
    expect(collator('es', { numeric: true }).compare('Vol 9', 'Vol 10')).toBeLessThan(0);
  });

  it('writes language lists in each language, an unknown code as typed', () => {
    expect(formatLanguageList(['en', 'es'], 'en')).toBe('English and Spanish');
    expect(formatLanguageList(['en', 'es'], 'es')).toBe('inglés y español');
    expect(formatLanguageList(['es', 'qqq-not-a-tag!'], 'en')).toBe('Spanish and qqq-not-a-tag!');
  });
});
