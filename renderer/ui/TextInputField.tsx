import type { Ref } from 'react';
import { FieldError, Input, Label, Text, TextArea, TextField } from 'react-aria-components';

export interface TextInputFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  name?: string;
  error?: string;
  description?: string;
  inputRef?: Ref<HTMLInputElement & HTMLTextAreaElement>;
  type?: 'text' | 'password' | 'email' | 'tel' | 'url' | 'search' | 'date' | 'time';
  inputMode?: 'text' | 'numeric' | 'tel' | 'email' | 'url' | 'search';
  autoComplete?: string;
  isRequired?: boolean;
  isDisabled?: boolean;
  autoFocus?: boolean;
  multiline?: boolean;
  rows?: number;
  className?: string;
  spellCheck?: boolean;
  /** Extra help outside the field, such as the password rules list. */
  describedBy?: string;
}

/** A labelled text box with its hint and error wired to it (aria-describedby, aria-invalid). */
export function TextInputField({
  label,
  description,
  error,
  inputRef,
  multiline = false,
  rows = 4,
  className,
  spellCheck,
  inputMode,
  describedBy,
  ...props
}: TextInputFieldProps) {
  return (
    <TextField
      {...props}
      className={['field', className].filter(Boolean).join(' ')}
      isInvalid={error !== undefined}
      validationBehavior="aria"
      aria-describedby={describedBy}
    >
      <Label className="field__label">{label}</Label>
      {multiline ? (
        <TextArea ref={inputRef} className="field__control" rows={rows} spellCheck={spellCheck} />
      ) : (
        <Input
          ref={inputRef}
          className="field__control"
          spellCheck={spellCheck}
          inputMode={inputMode}
        />
      )}
      {description && (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      )}
      <FieldError className="field__error">{error}</FieldError>
    </TextField>
  );
}
