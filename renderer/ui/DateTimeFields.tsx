// Date and time boxes written the way the date locale writes them (24-hour where the region is),
// not the way the OS sets Chromium's native inputs (the app's AriaLanguage gives react-aria that
// locale). The form still holds "YYYY-MM-DD" / "HH:MM".
import type { ReactNode, Ref } from 'react';
import { parseDate, parseTime } from '@internationalized/date';
import {
  DateField,
  DateInput,
  DateSegment,
  FieldError,
  Label,
  Text,
  TimeField,
} from 'react-aria-components';

export interface DateTimeFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  name?: string;
  error?: string;
  description?: string;
  inputRef?: Ref<HTMLDivElement>;
  isRequired?: boolean;
  className?: string;
}

/** A stored value the widget can show, or null while the box is empty or half-typed. */
function parsed<T>(value: string, parse: (text: string) => T): T | null {
  try {
    return value === '' ? null : parse(value);
  } catch {
    return null;
  }
}

function Segments({ inputRef }: { inputRef?: Ref<HTMLDivElement> }) {
  return (
    <DateInput ref={inputRef} className="field__control date-input">
      {(segment) => <DateSegment segment={segment} className="date-input__segment" />}
    </DateInput>
  );
}

function Help({ description, error }: { description?: string; error?: string }): ReactNode {
  return (
    <>
      {description && (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      )}
      <FieldError className="field__error">{error}</FieldError>
    </>
  );
}

const pad = (n: number) => String(n).padStart(2, '0');

export function TimeInputField({ label, value, onChange, inputRef, ...props }: DateTimeFieldProps) {
  return (
    <TimeField
      name={props.name}
      isRequired={props.isRequired}
      onBlur={props.onBlur}
      className={['field', props.className].filter(Boolean).join(' ')}
      value={parsed(value, parseTime)}
      onChange={(time) => onChange(time ? `${pad(time.hour)}:${pad(time.minute)}` : '')}
      isInvalid={props.error !== undefined}
      validationBehavior="aria"
    >
      <Label className="field__label">{label}</Label>
      <Segments inputRef={inputRef} />
      <Help description={props.description} error={props.error} />
    </TimeField>
  );
}

export function DateInputField({ label, value, onChange, inputRef, ...props }: DateTimeFieldProps) {
  return (
    <DateField
      name={props.name}
      isRequired={props.isRequired}
      onBlur={props.onBlur}
      className={['field', props.className].filter(Boolean).join(' ')}
      value={parsed(value, parseDate)}
      onChange={(date) => onChange(date ? date.toString() : '')}
      isInvalid={props.error !== undefined}
      validationBehavior="aria"
    >
      <Label className="field__label">{label}</Label>
      <Segments inputRef={inputRef} />
      <Help description={props.description} error={props.error} />
    </DateField>
  );
}
