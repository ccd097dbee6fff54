import { groupFormResolver } from '../../renderer/groups/GroupForm';
import {
  emptyGroupValues,
  valuesToGroupInput,
  type GroupFormValues,
} from '../../renderer/groups/group-form-values';
import { choiceFromRrule, rruleFromChoice } from '../../renderer/groups/schedule-values';
import { toFormErrors } from '../../renderer/forms/zod-resolver';
import { groupFieldFor } from '../../renderer/groups/group-form-values';

const resolve = async (values: GroupFormValues) =>
  groupFormResolver(values, undefined, { fields: {}, shouldUseNativeValidation: false });

const validValues = (): GroupFormValues => ({
  ...emptyGroupValues(),
  name: 'Tuesday Grief Circle',
  focus: 'grief',
  locationId: '3',
  weekdays: ['TU'],
});

describe('the schedule builder', () => {
  it('turns its choices into the RRULE the core stores', () => {
    const base = choiceFromRrule('FREQ=WEEKLY;BYDAY=MO');
    expect(rruleFromChoice({ ...base, weekdays: ['TH', 'MO'] })).toBe('FREQ=WEEKLY;BYDAY=MO,TH');
    expect(rruleFromChoice({ ...base, scheduleKind: 'biweekly', weekdays: ['WE'] })).toBe(
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE',
    );
    expect(
      rruleFromChoice({
        ...base,
        scheduleKind: 'monthly',
        monthOrdinals: ['-1'],
        monthWeekday: 'FR',
      }),
    ).toBe('FREQ=MONTHLY;BYDAY=-1FR');
  });

  it('writes several weeks of the month in calendar order, whatever order they were ticked', () => {
    const base = choiceFromRrule('FREQ=MONTHLY;BYDAY=1MO');
    expect(rruleFromChoice({ ...base, monthOrdinals: ['4', '2'], monthWeekday: 'TU' })).toBe(
      'FREQ=MONTHLY;BYDAY=2TU,4TU',
    );
    expect(rruleFromChoice({ ...base, monthOrdinals: ['-1', '1'], monthWeekday: 'FR' })).toBe(
      'FREQ=MONTHLY;BYDAY=1FR,-1FR',
    );
  });

  it.each([
    ['FREQ=MONTHLY;BYDAY=2TU,4TU', ['2', '4'], 'TU'],
    ['FREQ=MONTHLY;BYDAY=-1FR', ['-1'], 'FR'],
    ['FREQ=MONTHLY;BYDAY=3WE;COUNT=5', ['3'], 'WE'],
  ])('round-trips %s through the builder', (rrule, monthOrdinals, monthWeekday) => {
    const choice = choiceFromRrule(rrule);
    expect(choice).toMatchObject({ scheduleKind: 'monthly', monthOrdinals, monthWeekday });
    expect(rruleFromChoice(choice)).toBe(rrule);
  });

  it('keeps weeks of different weekdays as "Other": the builder has one weekday', () => {
    const choice = choiceFromRrule('FREQ=MONTHLY;BYDAY=2TU,4TH');
    expect(choice.scheduleKind).toBe('custom');
    expect(rruleFromChoice(choice)).toBe('FREQ=MONTHLY;BYDAY=2TU,4TH');
  });

  it('asks for at least one week of the month', async () => {
    const monthly = {
      ...validValues(),
      scheduleKind: 'monthly' as const,
      monthWeekday: 'TU' as const,
    };
    const { errors } = await resolve({ ...monthly, monthOrdinals: [] });
    expect(errors.monthOrdinals?.message).toBe('groups.form.chooseWeek');
    expect((await resolve({ ...monthly, monthOrdinals: ['2', '4'] })).errors).toEqual({});
  });

  it('reads stored rules back into the same choices', () => {
    expect(choiceFromRrule('FREQ=MONTHLY;BYDAY=1TU')).toMatchObject({
      scheduleKind: 'monthly',
      monthOrdinals: ['1'],
      monthWeekday: 'TU',
    });
    expect(choiceFromRrule('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,FR')).toMatchObject({
      scheduleKind: 'biweekly',
      weekdays: ['MO', 'FR'],
    });
  });

  it('ends after a number of meetings, and reads the count back', () => {
    const base = choiceFromRrule('FREQ=WEEKLY;BYDAY=MO');
    expect(rruleFromChoice({ ...base, meetingCount: ' 8 ' })).toBe('FREQ=WEEKLY;BYDAY=MO;COUNT=8');
    expect(choiceFromRrule('FREQ=MONTHLY;BYDAY=-1FR;COUNT=6')).toMatchObject({
      scheduleKind: 'monthly',
      monthWeekday: 'FR',
      meetingCount: '6',
    });
  });

  it('asks for a whole number of meetings from 1 to 999', async () => {
    for (const meetingCount of ['0', '2.5', 'ten', '1000']) {
      const result = await resolve({ ...validValues(), meetingCount });
      expect(result.errors.meetingCount?.message).toBe('groups.form.meetingCountInvalid');
    }
    expect((await resolve({ ...validValues(), meetingCount: '12' })).errors).toEqual({});
  });

  it('keeps a rule it cannot show instead of losing it', () => {
    const choice = choiceFromRrule('FREQ=MONTHLY;BYMONTHDAY=15');
    expect(choice.scheduleKind).toBe('custom');
    expect(rruleFromChoice(choice)).toBe('FREQ=MONTHLY;BYMONTHDAY=15');
  });
});

describe('a new group', () => {
  it('starts weekly on today’s weekday, from today', () => {
    const values = emptyGroupValues(new Date(2026, 11, 1, 9, 0));
    expect(values).toMatchObject({
      scheduleKind: 'weekly',
      weekdays: ['TU'],
      startDate: '2026-12-01',
    });
  });
});

describe('the group form resolver (the shared zod schema)', () => {
  it('accepts a complete form and builds the API input', async () => {
    const values = { ...validValues(), capacity: ' 12 ', languages: 'EN, pt-BR', endDate: '' };
    const result = await resolve(values);
    expect(result.errors).toEqual({});
    expect(valuesToGroupInput(values)).toMatchObject({
      locationId: 3,
      capacity: 12,
      endDate: null,
      languages: ['en', 'pt-BR'],
      schedule: { rrule: 'FREQ=WEEKLY;BYDAY=TU', startTime: '19:00', durationMinutes: 90 },
    });
  });

  it('reports each missing field with an i18n key, next to the right field', async () => {
    const { errors } = await resolve({ ...emptyGroupValues(), weekdays: [], durationMinutes: '' });
    expect(errors.name?.message).toBe('validation.required');
    expect(errors.focus?.message).toBe('validation.invalidChoice');
    expect(errors.weekdays?.message).toBe('groups.form.chooseWeekday');
    expect(errors.durationMinutes?.message).toBe('validation.required');
  });

  it('says "whole number" for text in a number box, and keeps params for the message', async () => {
    const { errors } = await resolve({
      ...validValues(),
      capacity: 'twelve',
      durationMinutes: '5',
    });
    expect(errors.capacity?.message).toBe('common.wholeNumber');
    expect(errors.durationMinutes).toMatchObject({
      message: 'validation.tooSmall',
      types: { minimum: '15' },
    });
  });

  it('drops fields the chosen format hides, so nothing stale is saved', () => {
    const input = valuesToGroupInput({
      ...validValues(),
      format: 'online',
      room: 'Room 2',
      onlineLink: ' https://meet.example.org/a ',
    });
    expect(input).toMatchObject({
      locationId: null,
      room: '',
      onlineLink: 'https://meet.example.org/a',
    });
  });

  it('starts with the link unpublished, keeps the choice online, and drops it in person', () => {
    expect(emptyGroupValues().isOnlineLinkPublic).toBe(false);
    const chosen = { ...validValues(), onlineLink: 'https://meet.example.org/a', dialIn: '0800' };
    const online = valuesToGroupInput({ ...chosen, format: 'hybrid', isOnlineLinkPublic: true });
    expect(online).toMatchObject({ isOnlineLinkPublic: true, dialIn: '0800' });
    const inPerson = valuesToGroupInput({ ...chosen, isOnlineLinkPublic: true });
    expect(inPerson).toMatchObject({ isOnlineLinkPublic: false, onlineLink: '', dialIn: '' });
  });

  it('maps the core’s field errors (dotted paths) onto the form fields', () => {
    const errors = toFormErrors(
      [
        { path: 'schedule.startTime', messageKey: 'validation.time' },
        { path: 'schedule.rrule', messageKey: 'validation.rrule' },
        { path: 'languages.1', messageKey: 'validation.languageCode' },
      ],
      validValues(),
      groupFieldFor,
    );
    expect(Object.keys(errors).sort()).toEqual(['languages', 'startTime', 'weekdays']);
  });
});
