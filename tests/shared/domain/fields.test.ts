import { civilDate, optionalPhone, optionalUrl, wallTime } from '../../../shared/domain/fields';

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
