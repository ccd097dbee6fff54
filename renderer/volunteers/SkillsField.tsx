import type { KeyboardEvent } from 'react';
import { useController, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from '../i18n/use-translation';
import { Button } from '../ui/Button';
import { FormTextField } from '../ui/form-fields';
import { skillsProblem, withSkill, type VolunteerFormValues } from './volunteer-form-values';

/**
 * Skills as a list of tags: type one, press Enter (or Add), and it joins the list; each has its
 * own Remove button. Enter adds rather than submitting the whole form.
 */
export function SkillsField({ form }: { form: UseFormReturn<VolunteerFormValues> }) {
  const { t } = useTranslation();
  const { control, getValues, setValue, setError, clearErrors, setFocus } = form;
  const { field: skills } = useController({ control, name: 'skills' });

  const add = () => {
    const typed = getValues('newSkill');
    if (typed.trim() === '') return;
    const next = withSkill(skills.value, typed);
    const problem = skillsProblem(next);
    if (problem) {
      const types = Object.fromEntries(
        Object.entries(problem.params ?? {}).map(([key, value]) => [key, String(value)]),
      );
      setError('newSkill', { message: problem.messageKey, types }, { shouldFocus: true });
      return;
    }
    skills.onChange(next);
    setValue('newSkill', '', { shouldDirty: true });
    clearErrors('newSkill');
  };
  const addOnEnter = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement)) return;
    event.preventDefault();
    add();
  };
  // Its Remove button goes with it: focus returns to the box rather than to the page's top.
  const remove = (skill: string) => {
    skills.onChange(skills.value.filter((s) => s !== skill));
    setFocus('newSkill');
  };

  return (
    <div className="form__wide tag-field">
      <div className="tag-field__entry" onKeyDown={addOnEnter}>
        <FormTextField
          control={control}
          name="newSkill"
          label={t('volunteerForm.fields.skills')}
          description={t('volunteerForm.hints.skills')}
        />
        <Button onPress={add}>{t('volunteerForm.addSkill')}</Button>
      </div>
      {skills.value.length > 0 && (
        <ul className="tag-field__chosen" aria-label={t('volunteerForm.chosenSkills')}>
          {skills.value.map((skill) => (
            <li key={skill}>
              {skill}{' '}
              <Button
                variant="quiet"
                onPress={() => remove(skill)}
                aria-label={t('volunteerForm.removeSkill', { skill })}
              >
                ×
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
