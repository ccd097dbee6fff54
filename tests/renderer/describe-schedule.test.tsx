import { describeSchedule } from '../../renderer/groups/describe-schedule';
import { setUpI18n } from '../../renderer/i18n/i18n';

function describeIn(
  language: 'en' | 'es' | 'fr' | 'ar',
  rrule: string,
  startTime = '19:00',
  durationMinutes = 90,
  region = 'GB',
) {
  const i18n = setUpI18n(language);
  return describeSchedule({ rrule, startTime, durationMinutes }, i18n.t, `${language}-${region}`);
}

describe('describeSchedule', () => {
  it('says a weekly schedule in words', () => {
    expect(describeIn('en', 'FREQ=WEEKLY;BYDAY=MO')).toBe('Every Monday at 19:00 (90 min)');
  });

  it('joins several weekdays as a list', () => {
    expect(describeIn('en', 'FREQ=WEEKLY;BYDAY=MO,TH', '18:30', 60)).toBe(
      'Every Monday and Thursday at 18:30 (60 min)',
    );
  });

  it('describes every other week', () => {
    expect(describeIn('en', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE')).toBe(
      'Every 2 weeks on Wednesday at 19:00 (90 min)',
    );
  });

  it('describes the Nth and the last weekday of the month', () => {
    expect(describeIn('en', 'FREQ=MONTHLY;BYDAY=1TU', '18:30')).toBe(
      'First Tuesday of the month at 18:30 (90 min)',
    );
    expect(describeIn('en', 'FREQ=MONTHLY;BYDAY=-1FR')).toBe(
      'Last Friday of the month at 19:00 (90 min)',
    );
  });

  it('names several weeks of one weekday once: "2nd and 4th Tuesday"', () => {
    expect(describeIn('en', 'FREQ=MONTHLY;BYDAY=2TU,4TU', '18:30')).toBe(
      '2nd and 4th Tuesday of the month at 18:30 (90 min)',
    );
    expect(describeIn('en', 'FREQ=MONTHLY;BYDAY=1FR,-1FR')).toBe(
      '1st and last Friday of the month at 19:00 (90 min)',
    );
    expect(describeIn('es', 'FREQ=MONTHLY;BYDAY=2TU,4TU', '18:30')).toBe(
      '2.º y 4.º martes de cada mes a las 18:30 (90 min)',
    );
  });

  it('speaks Spanish with Spanish day names', () => {
    expect(describeIn('es', 'FREQ=WEEKLY;BYDAY=MO,TH')).toBe(
      'Cada lunes y jueves a las 19:00 (90 min)',
    );
    expect(describeIn('es', 'FREQ=MONTHLY;BYDAY=1TU', '18:30')).toBe(
      'Primer martes de cada mes a las 18:30 (90 min)',
    );
  });

  // Issue 12: on an Arabic flyer "(60 دقيقة)" broke after "(60", leaving its brackets facing
  // the wrong way at the two line ends. Arabic says the duration without brackets; the number
  // never leaves its unit, in French either.
  it('keeps the duration with its unit, and Arabic without brackets', () => {
    const arabic = describeIn('ar', 'FREQ=WEEKLY;BYDAY=TH', '19:30', 60);
    expect(arabic).toMatch(/^كل أسبوع يوم الخميس الساعة \S+( م)?، لمدة 60\u00a0دقيقة$/);
    expect(arabic).not.toMatch(/[()]/);
    expect(describeIn('fr', 'FREQ=WEEKLY;BYDAY=TH', '19:30', 60)).toBe(
      'Chaque jeudi à 19:30 (60\u00a0min)',
    );
  });

  it('writes the time on the clock of the region: 12-hour in the United States', () => {
    expect(describeIn('en', 'FREQ=WEEKLY;BYDAY=MO', '19:00', 90, 'US')).toMatch(
      /^Every Monday at 7:00\sPM \(90 min\)$/,
    );
  });

  it('still says something useful for a rule it cannot read', () => {
    expect(describeIn('en', 'FREQ=YEARLY')).toBe('On a custom schedule at 19:00 (90 min)');
  });

  it('says how many meetings a course has', () => {
    expect(describeIn('en', 'FREQ=WEEKLY;BYDAY=MO;COUNT=8')).toBe(
      'Every Monday at 19:00 (90 min), 8 meetings in all',
    );
    expect(describeIn('es', 'FREQ=WEEKLY;BYDAY=MO;COUNT=1')).toMatch(/1 reunión en total$/);
  });
});

describe('describeSchedule on a list of groups', () => {
  it('makes no new Intl formatter for each row once the first row has made them', () => {
    const rows = ['FREQ=WEEKLY;BYDAY=MO,TH', 'FREQ=MONTHLY;BYDAY=2TU,4TU', 'FREQ=WEEKLY;BYDAY=FR'];
    rows.forEach((rrule) => describeIn('fr', rrule));
    const dateFormats = jest.spyOn(Intl, 'DateTimeFormat');
    const listFormats = jest.spyOn(Intl, 'ListFormat');
    try {
      expect(rows.map((rrule) => describeIn('fr', rrule))).toHaveLength(3);
      expect(dateFormats).not.toHaveBeenCalled();
      expect(listFormats).not.toHaveBeenCalled();
    } finally {
      dateFormats.mockRestore();
      listFormats.mockRestore();
    }
  });
});
