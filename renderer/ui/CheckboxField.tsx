import { useId, type Ref } from 'react';
import { Checkbox } from 'react-aria-components';

export interface CheckboxFieldProps {
  label: string;
  isSelected: boolean;
  onChange: (isSelected: boolean) => void;
  onBlur?: () => void;
  name?: string;
  description?: string;
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
  className?: string;
}

export function CheckboxField({
  label,
  description,
  error,
  inputRef,
  className,
  ...props
}: CheckboxFieldProps) {
  const id = useId();
  const describedBy = [description ? `${id}-description` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={['field', 'field--checkbox', className].filter(Boolean).join(' ')}>
      <Checkbox
        {...props}
        inputRef={inputRef}
        className="checkbox"
        isInvalid={error !== undefined}
        validationBehavior="aria"
        aria-describedby={describedBy || undefined}
      >
        <span className="checkbox__box" aria-hidden="true" />
        <span className="checkbox__label">{label}</span>
      </Checkbox>
      {description && (
        <p id={`${id}-description`} className="field__description">
          {description}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
