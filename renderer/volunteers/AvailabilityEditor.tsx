import { useRef } from 'react';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from '../i18n/use-translation';
import { WEEKDAYS } from '../../shared/domain/volunteers';
import { Button } from '../ui/Button';
import { FormSelectField, FormTimeField } from '../ui/form-fields';
import {
  MAX_AVAILABILITY_SLOTS,
  nextAvailabilitySlot,
  type VolunteerFormValues,
} from './volunteer-form-values';

/**
 * The times of the week a volunteer can usually help, one row per slot (weekday, from, to), each
 * with its own errors. "Add a time" puts the focus on the new row's weekday; removing a row
 * returns it to "Add a time", so the keyboard never lands on the page's top.
 */
export function AvailabilityEditor({ form }: { form: UseFormReturn<VolunteerFormValues> }) {
  const { t } = useTranslation();
  const { control, getValues } = form;
  const { fields, append, remove } = useFieldArray({ control, name: 'availability' });
  const addButton = useRef<HTMLButtonElement>(null);
  const dayOptions = WEEKDAYS.map((day) => ({
    value: String(day),
    label: t(`enums.weekday.${day}`),
  }));

  const add = () =>
    append(nextAvailabilitySlot(getValues('availability')), {
      focusName: `availability.${fields.length}.day`,
    });
  const removeSlot = (index: number) => {
    remove(index);
    addButton.current?.focus();
  };

  return (
    <div className="availability">
      {fields.length === 0 ? (
        <p className="form__hint">{t('volunteerForm.noAvailability')}</p>
      ) : (
        <ol className="availability__slots">
          {fields.map((slot, index) => (
            <li key={slot.id}>
              <fieldset className="availability__slot">
                <legend className="visually-hidden">
                  {t('volunteerForm.slot', { number: index + 1 })}
                </legend>
                <FormSelectField
                  control={control}
                  name={`availability.${index}.day`}
                  label={t('volunteerForm.fields.day')}
                  options={dayOptions}
                />
                <FormTimeField
                  control={control}
                  name={`availability.${index}.from`}
                  label={t('volunteerForm.fields.from')}
                />
                <FormTimeField
                  control={control}
                  name={`availability.${index}.to`}
                  label={t('volunteerForm.fields.to')}
                />
                <Button
                  className="availability__remove"
                  onPress={() => removeSlot(index)}
                  aria-label={t('volunteerForm.removeSlot', { number: index + 1 })}
                >
                  {t('volunteerForm.remove')}
                </Button>
              </fieldset>
            </li>
          ))}
        </ol>
      )}
      <div>
        <Button ref={addButton} onPress={add} isDisabled={fields.length >= MAX_AVAILABILITY_SLOTS}>
          {t('volunteerForm.addSlot')}
        </Button>
      </div>
    </div>
  );
}
