import { useController, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { translateFormError } from '../forms/zod-resolver';
import { Button } from '../ui/Button';
import { ComboBoxField } from '../ui/ComboBoxField';
import { languageName, spokenLanguageOptions } from '../ui/language-names';
import type { GroupFormValues } from './group-form-values';

const toCodes = (text: string) =>
  text
    .split(',')
    .map((code) => code.trim())
    .filter(Boolean);

/** The languages a group meets in, picked by name; the form keeps their codes ("en, es"). */
export function LanguagesField({ control }: { control: Control<GroupFormValues> }) {
  const { t, i18n } = useTranslation();
  const { field, fieldState } = useController({ control, name: 'languages' });
  const codes = toCodes(field.value);
  const setCodes = (next: string[]) => field.onChange(next.join(', '));
  const options = spokenLanguageOptions(i18n.language, codes).filter(
    (option) => !codes.includes(option.value),
  );
  return (
    <div className="form__wide languages-field">
      <ComboBoxField
        label={t('groups.fields.languages')}
        description={t('groups.hints.languages')}
        value=""
        onChange={(code) => setCodes([...codes, code])}
        onBlur={field.onBlur}
        options={options}
        inputRef={field.ref}
        error={translateFormError(t, fieldState.error)}
      />
      {codes.length > 0 && (
        <ul className="languages-field__chosen" aria-label={t('groups.form.chosenLanguages')}>
          {codes.map((code) => (
            <li key={code}>
              {languageName(code, i18n.language)}{' '}
              <Button
                variant="quiet"
                onPress={() => setCodes(codes.filter((chosen) => chosen !== code))}
                aria-label={t('groups.form.removeLanguage', {
                  language: languageName(code, i18n.language),
                })}
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
