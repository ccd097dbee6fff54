// The kit's fields bound to react-hook-form: one line per field in every form, errors translated.
import { useTranslation } from '../i18n/use-translation';
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';
import { translateFormError } from '../forms/zod-resolver';
import { CheckboxField, type CheckboxFieldProps } from './CheckboxField';
import { ComboBoxField, type ComboBoxFieldProps } from './ComboBoxField';
import { DateInputField, TimeInputField, type DateTimeFieldProps } from './DateTimeFields';
import { CheckboxGroupField, type CheckboxGroupFieldProps } from './CheckboxGroupField';
import { RadioGroupField, type RadioGroupFieldProps } from './RadioGroupField';
import { SelectField, type SelectFieldProps } from './SelectField';
import { TextInputField, type TextInputFieldProps } from './TextInputField';

interface Bound<V extends FieldValues> {
  control: Control<V>;
  name: Path<V>;
}

type Bindable = 'value' | 'onChange' | 'onBlur' | 'error' | 'name';

function useBoundField<V extends FieldValues>({ control, name }: Bound<V>) {
  const { t } = useTranslation();
  const { field, fieldState } = useController({ control, name });
  return { field, error: translateFormError(t, fieldState.error) };
}

export function FormTextField<V extends FieldValues>({
  control,
  name,
  ...props
}: Bound<V> & Omit<TextInputFieldProps, Bindable | 'inputRef'>) {
  const { field, error } = useBoundField({ control, name });
  return (
    <TextInputField
      {...props}
      name={field.name}
      value={(field.value as string | undefined) ?? ''}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={error}
    />
  );
}

export function FormSelectField<V extends FieldValues>({
  control,
  name,
  ...props
}: Bound<V> & Omit<SelectFieldProps, Bindable | 'selectRef'>) {
  const { field, error } = useBoundField({ control, name });
  return (
    <SelectField
      {...props}
      name={field.name}
      value={(field.value as string | undefined) ?? ''}
      onChange={field.onChange}
      onBlur={field.onBlur}
      selectRef={field.ref}
      error={error}
    />
  );
}

export function FormCheckboxField<V extends FieldValues>({
  control,
  name,
  ...props
}: Bound<V> & Omit<CheckboxFieldProps, Bindable | 'isSelected' | 'inputRef'>) {
  const { field, error } = useBoundField({ control, name });
  return (
    <CheckboxField
      {...props}
      name={field.name}
      isSelected={Boolean(field.value)}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={error}
    />
  );
}

export function FormRadioGroupField<V extends FieldValues>({
  control,
  name,
  ...props
}: Bound<V> & Omit<RadioGroupFieldProps, Bindable | 'groupRef'>) {
  const { field, error } = useBoundField({ control, name });
  return (
    <RadioGroupField
      {...props}
      name={field.name}
      value={(field.value as string | undefined) ?? ''}
      onChange={field.onChange}
      onBlur={field.onBlur}
      // A failed submit focuses the first field in error: for a group, its chosen or first radio.
      groupRef={(group) =>
        field.ref(
          group && {
            focus: () =>
              (
                group.querySelector<HTMLInputElement>('input:checked') ??
                group.querySelector<HTMLInputElement>('input')
              )?.focus(),
          },
        )
      }
      error={error}
    />
  );
}

export function FormCheckboxGroupField<V extends FieldValues>({
  control,
  name,
  ...props
}: Bound<V> & Omit<CheckboxGroupFieldProps, Bindable | 'firstInputRef'>) {
  const { field, error } = useBoundField({ control, name });
  return (
    <CheckboxGroupField
      {...props}
      name={field.name}
      value={(field.value as string[] | undefined) ?? []}
      onChange={field.onChange}
      onBlur={field.onBlur}
      firstInputRef={field.ref}
      error={error}
    />
  );
}

export function FormComboBoxField<V extends FieldValues>({
  control,
  name,
  ...props
}: Bound<V> & Omit<ComboBoxFieldProps, Bindable | 'inputRef'>) {
  const { field, error } = useBoundField({ control, name });
  return (
    <ComboBoxField
      {...props}
      name={field.name}
      value={(field.value as string | undefined) ?? ''}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={error}
    />
  );
}

function boundDateTimeField(Field: typeof TimeInputField) {
  return function FormDateTimeField<V extends FieldValues>({
    control,
    name,
    ...props
  }: Bound<V> & Omit<DateTimeFieldProps, Bindable | 'inputRef'>) {
    const { field, error } = useBoundField({ control, name });
    return (
      <Field
        {...props}
        name={field.name}
        value={(field.value as string | undefined) ?? ''}
        onChange={field.onChange}
        onBlur={field.onBlur}
        inputRef={field.ref}
        error={error}
      />
    );
  };
}

export const FormTimeField = boundDateTimeField(TimeInputField);
export const FormDateField = boundDateTimeField(DateInputField);
