import { useId, type Ref } from 'react';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly SelectOption[];
  onBlur?: () => void;
  name?: string;
  error?: string;
  description?: string;
  selectRef?: Ref<HTMLSelectElement>;
  isDisabled?: boolean;
  className?: string;
}

// A native <select>: typing a letter jumps through long lists (400 time zones), it works the
// same on every old PC, and screen readers know it well.
export function SelectField({
  label,
  value,
  onChange,
  options,
  onBlur,
  name,
  error,
  description,
  selectRef,
  isDisabled,
  className,
}: SelectFieldProps) {
  const id = useId();
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const describedBy = [description ? descriptionId : null, error ? errorId : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div
      className={['field', className].filter(Boolean).join(' ')}
      data-invalid={error ? true : undefined}
    >
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        ref={selectRef}
        name={name}
        className="field__control"
        value={value}
        disabled={isDisabled}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {description && (
        <p id={descriptionId} className="field__description">
          {description}
        </p>
      )}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
