import type { Ref } from 'react';
import { FieldError, Label, Radio, RadioGroup, Text } from 'react-aria-components';

export interface RadioOption {
  value: string;
  label: string;
  description?: string;
}

export interface RadioGroupFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly RadioOption[];
  onBlur?: () => void;
  name?: string;
  error?: string;
  description?: string;
  groupRef?: Ref<HTMLDivElement>;
}

export function RadioGroupField({
  label,
  options,
  error,
  description,
  groupRef,
  ...props
}: RadioGroupFieldProps) {
  return (
    <RadioGroup
      {...props}
      ref={groupRef}
      className="field radio-group"
      isInvalid={error !== undefined}
      validationBehavior="aria"
    >
      <Label className="field__label">{label}</Label>
      {description && (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      )}
      {options.map((option) => (
        <Radio key={option.value} value={option.value} className="radio">
          <span className="radio__circle" aria-hidden="true" />
          <span className="radio__text">
            <span className="radio__label">{option.label}</span>
            {option.description && <span className="radio__description">{option.description}</span>}
          </span>
        </Radio>
      ))}
      <FieldError className="field__error">{error}</FieldError>
    </RadioGroup>
  );
}
