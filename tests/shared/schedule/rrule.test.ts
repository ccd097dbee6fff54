import { formatRrule, parseRrule, type ScheduleRule } from '../../../shared/schedule/rrule';

describe('parsing a schedule rule', () => {
  it.each<[string, ScheduleRule]>([
    [
      'FREQ=WEEKLY;BYDAY=MO,TH',
      { frequency: 'WEEKLY', interval: 1, weekdays: [{ day: 'MO' }, { day: 'TH' }] },
    ],
    [
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE',
      { frequency: 'WEEKLY', interval: 2, weekdays: [{ day: 'WE' }] },
    ],
    [
      'FREQ=MONTHLY;BYDAY=1TU',
      { frequency: 'MONTHLY', interval: 1, weekdays: [{ day: 'TU', ordinal: 1 }] },
    ],
    [
      'FREQ=MONTHLY;BYDAY=-1FR',
      { frequency: 'MONTHLY', interval: 1, weekdays: [{ day: 'FR', ordinal: -1 }] },
    ],
    [
      'FREQ=MONTHLY;BYDAY=1TU,-1FR',
      {
        frequency: 'MONTHLY',
        interval: 1,
        weekdays: [
          { day: 'TU', ordinal: 1 },
          { day: 'FR', ordinal: -1 },
        ],
      },
    ],
    [
      'FREQ=MONTHLY;BYMONTHDAY=15',
      { frequency: 'MONTHLY', interval: 1, weekdays: [], monthDay: 15 },
    ],
    ['FREQ=DAILY', { frequency: 'DAILY', interval: 1, weekdays: [] }],
    ['FREQ=DAILY;INTERVAL=3', { frequency: 'DAILY', interval: 3, weekdays: [] }],
    [
      'FREQ=WEEKLY;BYDAY=MO;COUNT=10',
      { frequency: 'WEEKLY', interval: 1, weekdays: [{ day: 'MO' }], count: 10 },
    ],
  ])('accepts %s', (text, rule) => {
    expect(parseRrule(text)).toEqual(rule);
  });

  it('accepts the RRULE: prefix, lowercase and surrounding spaces', () => {
    expect(parseRrule(' rrule:freq=weekly;byday=mo ')).toEqual({
      frequency: 'WEEKLY',
      interval: 1,
      weekdays: [{ day: 'MO' }],
    });
  });

  it.each([
    ['COUNT 0', 'FREQ=WEEKLY;BYDAY=MO;COUNT=0'],
    ['a COUNT over a thousand', 'FREQ=WEEKLY;BYDAY=MO;COUNT=1000'],
    ['a negative COUNT', 'FREQ=WEEKLY;BYDAY=MO;COUNT=-3'],
    ['UNTIL', 'FREQ=WEEKLY;BYDAY=MO;UNTIL=20261231T000000Z'],
    ['ordinals on a weekly rule', 'FREQ=WEEKLY;BYDAY=1MO'],
    ['a weekly rule without days', 'FREQ=WEEKLY'],
    ['a monthly rule without BYDAY or BYMONTHDAY', 'FREQ=MONTHLY'],
    ['a monthly rule with a day but no ordinal', 'FREQ=MONTHLY;BYDAY=TU'],
    ['a monthly rule with both BYDAY and BYMONTHDAY', 'FREQ=MONTHLY;BYDAY=1TU;BYMONTHDAY=15'],
    ['ordinal 5', 'FREQ=MONTHLY;BYDAY=5TU'],
    ['ordinal 0', 'FREQ=MONTHLY;BYDAY=0TU'],
    ['ordinal -2', 'FREQ=MONTHLY;BYDAY=-2TU'],
    ['a month day no month is sure to have', 'FREQ=MONTHLY;BYMONTHDAY=31'],
    ['month day 0', 'FREQ=MONTHLY;BYMONTHDAY=0'],
    ['a daily rule with days', 'FREQ=DAILY;BYDAY=MO'],
    ['duplicate keys', 'FREQ=WEEKLY;BYDAY=MO;BYDAY=TU'],
    ['duplicate keys in another case', 'FREQ=WEEKLY;byday=MO;BYDAY=TU'],
    ['a duplicate day', 'FREQ=WEEKLY;BYDAY=MO,MO'],
    ['a yearly rule', 'FREQ=YEARLY'],
    ['no frequency', 'BYDAY=MO'],
    ['an unknown day', 'FREQ=WEEKLY;BYDAY=XX'],
    ['an unknown key', 'FREQ=WEEKLY;BYDAY=MO;WKST=SU'],
    ['interval 0', 'FREQ=WEEKLY;INTERVAL=0;BYDAY=MO'],
    ['a fractional interval', 'FREQ=WEEKLY;INTERVAL=1.5;BYDAY=MO'],
    ['an interval over a year of weeks', 'FREQ=WEEKLY;INTERVAL=53;BYDAY=MO'],
    ['an empty value', 'FREQ=WEEKLY;BYDAY='],
    ['a trailing semicolon', 'FREQ=WEEKLY;BYDAY=MO;'],
    ['two equals signs', 'FREQ=WEEKLY=WEEKLY;BYDAY=MO'],
    ['an empty string', ''],
    ['garbage', 'every other tuesday'],
  ])('refuses %s', (_why, text) => {
    expect(parseRrule(text)).toBeNull();
  });
});

describe('formatting a schedule rule', () => {
  it.each([
    'FREQ=WEEKLY;BYDAY=MO,TH',
    'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE',
    'FREQ=MONTHLY;BYDAY=1TU,-1FR',
    'FREQ=MONTHLY;BYMONTHDAY=15',
    'FREQ=DAILY',
    'FREQ=MONTHLY;BYDAY=2TU,4TU;COUNT=8',
  ])('gives back %s after parsing', (text) => {
    const rule = parseRrule(text)!;
    expect(formatRrule(rule)).toBe(text);
    expect(parseRrule(formatRrule(rule))).toEqual(rule);
  });

  it('writes days in week order and leaves out an interval of 1', () => {
    expect(
      formatRrule({ frequency: 'WEEKLY', interval: 1, weekdays: [{ day: 'SU' }, { day: 'MO' }] }),
    ).toBe('FREQ=WEEKLY;BYDAY=MO,SU');
  });

  it('turns an accepted spelling into the canonical one', () => {
    expect(formatRrule(parseRrule('rrule:freq=monthly;byday=+1tu')!)).toBe(
      'FREQ=MONTHLY;BYDAY=1TU',
    );
  });
});
