import { useController, type Control, type Path } from 'react-hook-form';
import { useTranslation } from '../i18n/use-translation';
import { translateFormError } from '../forms/zod-resolver';
import { Button } from '../ui/Button';
import { ComboBoxField } from '../ui/ComboBoxField';
import { languageName, spokenLanguageOptions } from '../ui/language-names';

const toCodes = (text: string) =>
  text
    .split(',')
    .map((code) => code.trim())
    .filter(Boolean);

interface LanguagesFieldProps<V extends { languages: string }> {
  control: Control<V>;
  /** How to use the field, for what the form is about (a group, a volunteer). */
  description: string;
}

/**
 * Languages (a group meets in, a volunteer speaks) picked by name; the form keeps their codes
 * in its `languages` field ("en, es").
 */
export function LanguagesField<V extends { languages: string }>({
  control,
  description,
}: LanguagesFieldProps<V>) {
  const { t, i18n } = useTranslation();
  const { field, fieldState } = useController({ control, name: 'languages' as Path<V> });
  const codes = toCodes(field.value as string);
  const setCodes = (next: string[]) => field.onChange(next.join(', '));
  const options = spokenLanguageOptions(i18n.language, codes).filter(
    (option) => !codes.includes(option.value),
  );
  return (
    <div className="form__wide languages-field">
      <ComboBoxField
        label={t('groups.fields.languages')}
        description={description}
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
