import type { Ref } from 'react';
import { Checkbox, CheckboxGroup, FieldError, Label, Text } from 'react-aria-components';
import type { SelectOption } from './SelectField';

export interface CheckboxGroupFieldProps {
  label: string;
  value: string[];
  onChange: (value: string[]) => void;
  options: readonly SelectOption[];
  onBlur?: () => void;
  name?: string;
  error?: string;
  description?: string;
  /** Given to the first box, so "focus the first invalid field" lands here. */
  firstInputRef?: Ref<HTMLInputElement>;
  className?: string;
}

export function CheckboxGroupField({
  label,
  options,
  error,
  description,
  firstInputRef,
  onBlur,
  className,
  ...props
}: CheckboxGroupFieldProps) {
  return (
    <CheckboxGroup
      {...props}
      className={['field', 'checkbox-group', className].filter(Boolean).join(' ')}
      isInvalid={error !== undefined}
      validationBehavior="aria"
    >
      <Label className="field__label">{label}</Label>
      <div className="checkbox-group__options">
        {options.map((option, index) => (
          <Checkbox
            key={option.value}
            value={option.value}
            className="checkbox"
            inputRef={index === 0 ? firstInputRef : undefined}
            onBlur={onBlur}
          >
            <span className="checkbox__box" aria-hidden="true" />
            <span className="checkbox__label">{option.label}</span>
          </Checkbox>
        ))}
      </div>
      {description && (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      )}
      <FieldError className="field__error">{error}</FieldError>
    </CheckboxGroup>
  );
}
