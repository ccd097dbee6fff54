import {
  civilDate,
  optionalPhone,
  optionalUrl,
  requiredText,
  wallTime,
} from '../../../shared/domain/fields';
import { toFieldErrors } from '../../../shared/validation';

describe('civil dates', () => {
  it.each(['2026-01-08', '2028-02-29', '2000-02-29', '2026-12-31'])('accepts %s', (date) => {
    expect(civilDate.safeParse(date).success).toBe(true);
  });

  it.each([
    ['a day past the end of February', '2026-02-30'],
    ['29 February in a common year', '2026-02-29'],
    ['29 February in a century year', '1900-02-29'],
    ['31 April', '2026-04-31'],
    ['month 13', '2026-13-01'],
    ['day 0', '2026-01-00'],
    ['no zero padding', '2026-1-8'],
    ['a time part', '2026-01-08T00:00'],
    ['another order', '08/01/2026'],
  ])("refuses %s with 'validation.date'", (_why, date) => {
    const result = civilDate.safeParse(date);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('validation.date');
  });
});

describe('wall-clock times', () => {
  it.each(['00:00', '09:30', '23:59'])('accepts %s', (time) => {
    expect(wallTime.safeParse(time).success).toBe(true);
  });

  it.each(['24:00', '25:00', '9:30', '12:60', '12:00:00', ''])('refuses %j', (time) => {
    expect(wallTime.safeParse(time).error?.issues[0]?.message).toBe('validation.time');
  });
});

describe('contact fields', () => {
  it('accepts phone numbers with extensions and refuses letters', () => {
    expect(optionalPhone.safeParse('+44 (0)20 7946-0000 ext 12').success).toBe(true);
    expect(optionalPhone.safeParse('call Sam').success).toBe(false);
  });

  it('accepts only http and https links', () => {
    expect(optionalUrl.safeParse('https://meet.example.org/x').success).toBe(true);
    expect(optionalUrl.safeParse('').success).toBe(true);
    expect(optionalUrl.safeParse('javascript:alert(1)').success).toBe(false);
    expect(optionalUrl.safeParse('file:///etc/passwd').success).toBe(false);
  });
});

describe('required names', () => {
  const name = requiredText(120);

  it.each([
    ['spaces and tabs', ' \t  '],
    ['a zero-width space', '\u200B'],
    ['zero-width joiners and non-joiners', '\u200D\u200C'],
    ['a word joiner', '\u2060'],
    ['a byte-order mark', '\uFEFF'],
    ['soft hyphens', '\u00AD\u00AD'],
    ['a Hangul filler', '\u3164'],
    ['a mix of them with spaces', ' \u200B \u2060\u00A0'],
  ])('refuses a name made only of %s', (_why, text) => {
    const result = name.safeParse(text);
    expect(result.success).toBe(false);
    expect(toFieldErrors(result.error!)[0]?.messageKey).toMatch(
      /^validation\.(required|invisibleOnly)$/,
    );
  });

  it('says an invisible-only name has no visible characters, and an empty one is required', () => {
    expect(toFieldErrors(name.safeParse('\u200B\u200B').error!)[0]?.messageKey).toBe(
      'validation.invisibleOnly',
    );
    expect(toFieldErrors(name.safeParse('   ').error!)[0]?.messageKey).toBe('validation.required');
  });

  it('trims invisible characters from both ends and keeps those inside', () => {
    expect(name.parse('\u200B\uFEFF Grief Café \u2060\u00AD')).toBe('Grief Café');
    expect(name.parse('👩\u200D👧 parents')).toBe('👩\u200D👧 parents');
  });
});
