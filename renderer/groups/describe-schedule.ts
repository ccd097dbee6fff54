// Puts a stored schedule into words ("Every Monday at 19:00 (90 min)") in the UI language, with
// the time written as the date locale writes it (see renderer/i18n/date-locale.ts).
import type { TFunction } from 'i18next';
import { formatWallTime } from '../i18n/date-locale';
import { dateTimeFormat, listFormat } from '../ui/intl-cache';
import type { Schedule } from '../../shared/domain/groups';
import {
  parseRrule,
  WEEKDAYS,
  type ScheduleRule,
  type Weekday,
  type WeekdayRule,
} from '../../shared/schedule/rrule';

/** 1 January 2024 was a Monday: day names come from Intl, so every language gets its own. */
export function weekdayName(day: Weekday, language: string): string {
  const date = new Date(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day)));
  return dateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(date);
}

function joinList(items: string[], language: string): string {
  return listFormat(language, { type: 'conjunction' }).format(items);
}

export function capitalise(text: string, language: string): string {
  return text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
}

const ordinalKey = (weekday: WeekdayRule) =>
  weekday.ordinal === -1 ? 'last' : String(weekday.ordinal);

function ordinalWeekday(weekday: WeekdayRule, t: TFunction, language: string): string {
  return t('schedule.nthWeekday', {
    ordinal: t(`schedule.ordinals.${ordinalKey(weekday)}`),
    day: weekdayName(weekday.day, language),
  });
}

/** "2nd and 4th Tuesday" rather than "second Tuesday and fourth Tuesday". */
function weeksOfOneWeekday(weekdays: WeekdayRule[], t: TFunction, language: string): string {
  const ordinals = weekdays.map((w) => t(`schedule.shortOrdinals.${ordinalKey(w)}`));
  return t('schedule.nthWeekday', {
    ordinal: joinList(ordinals, language),
    day: weekdayName(weekdays[0]!.day, language),
  });
}

function monthlyWeekdays(weekdays: WeekdayRule[], t: TFunction, language: string): string {
  const isOneWeekday = weekdays.every((w) => w.day === weekdays[0]!.day && w.ordinal);
  if (weekdays.length > 1 && isOneWeekday) return weeksOfOneWeekday(weekdays, t, language);
  return joinList(
    weekdays.map((w) => ordinalWeekday(w, t, language)),
    language,
  );
}

function describePattern(rule: ScheduleRule, t: TFunction, language: string): string {
  const interval = rule.interval;
  switch (rule.frequency) {
    case 'DAILY':
      return interval === 1 ? t('schedule.everyDay') : t('schedule.everyNDays', { interval });
    case 'WEEKLY': {
      const days = joinList(
        rule.weekdays.map((w) => weekdayName(w.day, language)),
        language,
      );
      return interval === 1
        ? t('schedule.everyWeekOn', { days })
        : t('schedule.everyNWeeksOn', { days, interval });
    }
    case 'MONTHLY': {
      if (rule.monthDay !== undefined) {
        const day = rule.monthDay;
        return interval === 1
          ? t('schedule.monthDay', { day })
          : t('schedule.everyNMonthsDay', { day, interval });
      }
      const days = monthlyWeekdays(rule.weekdays, t, language);
      return interval === 1
        ? t('schedule.monthlyOn', { days })
        : t('schedule.everyNMonthsOn', { days, interval });
    }
  }
}

/** `locale` is the date locale, e.g. "es-GB": Spanish words, a British clock. */
export function describeSchedule(schedule: Schedule, t: TFunction, locale: string): string {
  const rule = parseRrule(schedule.rrule);
  const pattern = rule ? describePattern(rule, t, locale) : t('schedule.custom');
  const sentence = t('schedule.atTime', {
    pattern,
    time: formatWallTime(schedule.startTime, locale),
    minutes: schedule.durationMinutes,
  });
  const course =
    rule?.count === undefined ? sentence : t('schedule.course', { sentence, count: rule.count });
  return capitalise(course, locale);
}
