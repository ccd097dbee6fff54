import { volunteerInputSchema, type Volunteer } from '../../shared/domain/volunteers';
import { toFormErrors } from '../../renderer/forms/zod-resolver';
import { storedVolunteer } from './support/volunteer';
import { volunteerFormResolver } from '../../renderer/volunteers/VolunteerForm';
import {
  emptyVolunteerValues,
  nextAvailabilitySlot,
  valuesToVolunteerInput,
  volunteerDependentField,
  volunteerFieldFor,
  volunteerToValues,
  withSkill,
  type VolunteerFormValues,
} from '../../renderer/volunteers/volunteer-form-values';
import {
  trainingToValues,
  valuesToTrainingInput,
} from '../../renderer/trainings/training-form-values';
import { trainingFormResolver } from '../../renderer/trainings/TrainingFormDialog';

const resolve = async (values: VolunteerFormValues) =>
  volunteerFormResolver(values, undefined, { fields: {}, shouldUseNativeValidation: false });

const stored = storedVolunteer();

describe('volunteer form values', () => {
  it('start as an applicant with nothing filled in but the defaults', () => {
    expect(valuesToVolunteerInput({ ...emptyVolunteerValues(), firstName: 'Lee' })).toEqual({
      firstName: 'Lee',
      lastName: '',
      preferredName: '',
      pronouns: '',
      phone: '',
      email: '',
      languages: [],
      skills: [],
      status: 'applicant',
      startDate: null,
      emergencyContactName: '',
      emergencyContactPhone: '',
      emergencyContactRelationship: '',
      backgroundCheckStatus: 'not_started',
      backgroundCheckDate: null,
      backgroundCheckExpiresOn: null,
      availability: [],
      notes: '',
    });
  });

  it('turn a stored volunteer into the form and back without losing anything', () => {
    const values = volunteerToValues(stored);
    expect(values).toMatchObject({
      languages: 'es, eu',
      startDate: '2025-03-01',
      backgroundCheckExpiresOn: '',
      availability: [{ day: '2', from: '18:00', to: '21:00' }],
    });
    const storedFields = Object.fromEntries(
      Object.keys(volunteerInputSchema.shape).map((field) => [
        field,
        stored[field as keyof Volunteer],
      ]),
    );
    expect(valuesToVolunteerInput(values)).toEqual(storedFields);
  });

  it('save a skill that was typed but not yet added, once', () => {
    const values = { ...volunteerToValues(stored), newSkill: '  Grief support ' };
    expect(valuesToVolunteerInput(values).skills).toEqual([
      'First aid',
      'Sign language',
      'Grief support',
    ]);
    expect(withSkill(['First aid'], 'first AID')).toEqual(['First aid']);
    expect(withSkill(['First aid'], '   ')).toEqual(['First aid']);
  });

  it('offer the next weekday at the same times for a new slot', () => {
    expect(nextAvailabilitySlot([])).toEqual({ day: '1', from: '09:00', to: '12:00' });
    expect(nextAvailabilitySlot([{ day: '7', from: '18:00', to: '20:30' }])).toEqual({
      day: '1',
      from: '18:00',
      to: '20:30',
    });
  });
});

describe('the volunteer form resolver (the shared zod schema)', () => {
  it('accepts a complete form', async () => {
    const { errors } = await resolve(volunteerToValues(stored));
    expect(errors).toEqual({});
  });

  it('says in words what is wrong with an email, a phone, an expiry and a slot', async () => {
    const { errors } = await resolve({
      ...volunteerToValues(stored),
      firstName: ' ',
      email: 'ami at example',
      phone: 'call me',
      backgroundCheckDate: '2025-02-10',
      backgroundCheckExpiresOn: '2025-01-01',
      availability: [
        { day: '1', from: '10:00', to: '12:00' },
        { day: '3', from: '20:00', to: '19:00' },
        { day: '4', from: '', to: '11:00' },
      ],
    });
    expect(errors.firstName?.message).toBe('validation.required');
    expect(errors.email?.message).toBe('validation.email');
    expect(errors.phone?.message).toBe('validation.phone');
    expect(errors.backgroundCheckExpiresOn?.message).toBe('validation.expiryBeforeCheck');
    const slots = errors.availability as unknown as Record<number, Record<string, unknown>>;
    expect(slots[0]).toBeUndefined();
    expect(slots[1]).toEqual({
      to: expect.objectContaining({ message: 'validation.endBeforeStartTime' }),
    });
    expect(slots[2]).toEqual({ from: expect.objectContaining({ message: 'validation.required' }) });
  });

  it('shows a skill that is too long under the box where skills are typed', async () => {
    const { errors } = await resolve({ ...volunteerToValues(stored), newSkill: 'x'.repeat(61) });
    expect(errors.newSkill).toMatchObject({
      message: 'validation.tooLong',
      types: { maximum: '60' },
    });
  });

  it('maps the core’s field errors onto the fields that show them', () => {
    const errors = toFormErrors(
      [
        { path: 'availability.2.to', messageKey: 'validation.endBeforeStartTime' },
        { path: 'skills.4', messageKey: 'validation.tooLong' },
        { path: 'languages.1', messageKey: 'validation.languageCode' },
      ],
      emptyVolunteerValues(),
      volunteerFieldFor,
    );
    expect(Object.keys(errors).sort()).toEqual(['availability.2.to', 'languages', 'newSkill']);
  });

  it('re-checks a slot’s end when its start changes, and the expiry when the check date does', () => {
    expect(volunteerDependentField('availability.3.from')).toBe('availability.3.to');
    expect(volunteerDependentField('backgroundCheckDate')).toBe('backgroundCheckExpiresOn');
    expect(volunteerDependentField('availability.3.to')).toBeUndefined();
  });
});

describe('training form values', () => {
  const training = {
    id: 2,
    name: 'Safeguarding',
    description: '',
    validityMonths: 24,
    isRequiredForLead: true,
    isRequiredForCo: false,
    isRetired: false,
    completionCount: 3,
    createdAt: '',
    updatedAt: '',
  };

  it('keep the validity as months, and an empty box as "never expires"', () => {
    const values = trainingToValues(training);
    expect(values.validityMonths).toBe('24');
    expect(valuesToTrainingInput({ ...values, validityMonths: ' 12 ' }).validityMonths).toBe(12);
    expect(valuesToTrainingInput({ ...values, validityMonths: '' }).validityMonths).toBeNull();
  });

  it('ask for a whole number of months', async () => {
    const { errors } = await trainingFormResolver(
      { ...trainingToValues(training), validityMonths: 'a year' },
      undefined,
      { fields: {}, shouldUseNativeValidation: false },
    );
    expect(errors.validityMonths?.message).toBe('common.wholeNumber');
  });
});
