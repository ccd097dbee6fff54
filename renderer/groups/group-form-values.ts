// What the group form holds (text, mostly) <-> the API's group input.
import type { FieldError } from '../../shared/api/errors';
import { WEEKDAYS } from '../../shared/schedule/rrule';
import type {
  Group,
  GroupFocus,
  GroupFormat,
  GroupInput,
  GroupStatus,
  RosterMode,
} from '../../shared/domain/groups';
import {
  choiceFromRrule,
  DEFAULT_SCHEDULE_CHOICE,
  meetingCountOf,
  rruleFromChoice,
  type ScheduleChoice,
} from './schedule-values';
import { localToday } from '../ui/format';

const TEXT_FIELDS = [
  'name',
  'room',
  'onlineLink',
  'dialIn',
  'publicDescription',
  'audience',
  'accessibility',
  'groundRules',
  'facilitatorGuide',
  'publicContactName',
  'publicContactPhone',
  'publicContactEmail',
] as const;

type TextField = (typeof TEXT_FIELDS)[number];

export interface GroupFormValues extends ScheduleChoice, Record<TextField, string> {
  focus: GroupFocus | '';
  format: GroupFormat;
  locationId: string;
  startTime: string;
  durationMinutes: string;
  startDate: string;
  endDate: string;
  capacity: string;
  isOpenToNewcomers: boolean;
  languages: string;
  status: GroupStatus;
  isListedPublicly: boolean;
  isOnlineLinkPublic: boolean;
  rosterMode: RosterMode;
}

/** A new group starts out meeting weekly on today's weekday, so the defaults already make sense. */
export function emptyGroupValues(now = new Date()): GroupFormValues {
  const today = WEEKDAYS[(now.getDay() + 6) % 7] ?? 'MO';
  return {
    ...DEFAULT_SCHEDULE_CHOICE,
    weekdays: [today],
    ...(Object.fromEntries(TEXT_FIELDS.map((field) => [field, ''])) as Record<TextField, string>),
    focus: '',
    format: 'in_person',
    locationId: '',
    startTime: '19:00',
    durationMinutes: '90',
    startDate: localToday(now),
    endDate: '',
    capacity: '',
    isOpenToNewcomers: true,
    languages: '',
    status: 'active',
    isListedPublicly: false,
    isOnlineLinkPublic: false,
    rosterMode: 'anonymous',
  };
}

export function groupToValues(group: Group): GroupFormValues {
  return {
    ...choiceFromRrule(group.schedule.rrule),
    ...(Object.fromEntries(TEXT_FIELDS.map((field) => [field, group[field]])) as Record<
      TextField,
      string
    >),
    focus: group.focus,
    format: group.format,
    locationId: group.locationId === null ? '' : String(group.locationId),
    startTime: group.schedule.startTime,
    durationMinutes: String(group.schedule.durationMinutes),
    startDate: group.startDate,
    endDate: group.endDate ?? '',
    capacity: group.capacity === null ? '' : String(group.capacity),
    isOpenToNewcomers: group.isOpenToNewcomers,
    languages: group.languages.join(', '),
    status: group.status,
    isListedPublicly: group.isListedPublicly,
    isOnlineLinkPublic: group.isOnlineLinkPublic,
    rosterMode: group.rosterMode,
  };
}

/** Empty stays "not given"; anything else must be a whole number (zod says so if not). */
function toNumber(text: string): number | undefined {
  return text.trim() === '' ? undefined : Number(text.trim());
}

/** "EN, pt-BR" → ['en', 'pt-BR']: people type codes in any case. */
export function toLanguageCodes(text: string): string[] {
  return text
    .split(',')
    .map((code) => code.trim().replace(/^[A-Za-z]+/, (primary) => primary.toLowerCase()))
    .filter(Boolean);
}

/** Fields hidden for the chosen format are sent empty, so nothing stale is saved. */
export function valuesToGroupInput(values: GroupFormValues): GroupInput {
  const isOnline = values.format === 'online';
  const isInPerson = values.format === 'in_person';
  return {
    ...(Object.fromEntries(TEXT_FIELDS.map((field) => [field, values[field]])) as Record<
      TextField,
      string
    >),
    focus: values.focus as GroupFocus,
    format: values.format,
    locationId: isOnline || values.locationId === '' ? null : Number(values.locationId),
    room: isOnline ? '' : values.room,
    onlineLink: isInPerson ? '' : values.onlineLink.trim(),
    dialIn: isInPerson ? '' : values.dialIn,
    isOnlineLinkPublic: !isInPerson && values.isOnlineLinkPublic,
    schedule: {
      rrule: rruleFromChoice(values),
      startTime: values.startTime,
      durationMinutes: toNumber(values.durationMinutes) as number,
    },
    startDate: values.startDate,
    endDate: values.endDate === '' ? null : values.endDate,
    capacity: toNumber(values.capacity) ?? null,
    isOpenToNewcomers: values.isOpenToNewcomers,
    languages: toLanguageCodes(values.languages),
    status: values.status,
    isListedPublicly: values.isListedPublicly,
    rosterMode: values.rosterMode,
  };
}

/** Which form field shows an error about an input path. */
export function groupFieldFor(path: string, values: GroupFormValues): string {
  if (path === 'schedule.rrule' || path === 'schedule') {
    if (values.scheduleKind === 'monthly') return 'monthWeekday';
    return values.scheduleKind === 'custom' ? 'scheduleKind' : 'weekdays';
  }
  if (path.startsWith('schedule.')) return path.slice('schedule.'.length);
  return path.split('.')[0] ?? path;
}

/**
 * A weekly schedule needs at least one day and a monthly one at least one week: say so plainly
 * rather than "schedule not valid".
 */
export function groupExtraErrors(values: GroupFormValues): FieldError[] {
  const isWeekly = values.scheduleKind === 'weekly' || values.scheduleKind === 'biweekly';
  const errors: FieldError[] = [];
  if (isWeekly && values.weekdays.length === 0) {
    errors.push({ path: 'weekdays', messageKey: 'groups.form.chooseWeekday' });
  }
  if (values.scheduleKind === 'monthly' && values.monthOrdinals.length === 0) {
    errors.push({ path: 'monthOrdinals', messageKey: 'groups.form.chooseWeek' });
  }
  if (values.scheduleKind !== 'custom' && meetingCountOf(values) === 'invalid') {
    errors.push({ path: 'meetingCount', messageKey: 'groups.form.meetingCountInvalid' });
  }
  return errors;
}
