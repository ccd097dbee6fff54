import type { Ref } from 'react';
import {
  Button,
  ComboBox,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
} from 'react-aria-components';
import { foldForSearch } from '../../shared/text/fold';
import type { SelectOption } from './SelectField';

export interface ComboBoxFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly SelectOption[];
  onBlur?: () => void;
  name?: string;
  error?: string;
  description?: string;
  inputRef?: Ref<HTMLInputElement>;
  isDisabled?: boolean;
  className?: string;
  /**
   * For lists too long to hold (5,000 volunteers): the caller searches as the text changes and
   * passes what it found as `options`, shown as they are.
   */
  onInputChange?: (text: string) => void;
}

/** Typing "sao" finds "America/Sao_Paulo" and "españ" finds "Spanish (Spain)": one fold. */
const matches = (text: string, typed: string) => foldForSearch(text).includes(foldForSearch(typed));

/** A searchable list (hundreds of time zones, languages): type part of a name, pick it. */
export function ComboBoxField({
  label,
  value,
  onChange,
  options,
  onBlur,
  name,
  error,
  description,
  inputRef,
  isDisabled,
  className,
  onInputChange,
}: ComboBoxFieldProps) {
  const items = options.map((option) => ({ id: option.value, name: option.label }));
  // react-aria's own words ("Show suggestions", "3 options available" for screen readers) follow
  // the UI language through the app's AriaLanguage.
  return (
    <ComboBox
      className={['field', className].filter(Boolean).join(' ')}
      name={name}
      selectedKey={value === '' ? null : value}
      onSelectionChange={(key) => key !== null && onChange(String(key))}
      onBlur={onBlur}
      {...(onInputChange
        ? { items, onInputChange }
        : { defaultItems: items, defaultFilter: matches })}
      menuTrigger="focus"
      isDisabled={isDisabled}
      isInvalid={error !== undefined}
      validationBehavior="aria"
    >
      <Label className="field__label">{label}</Label>
      <div className="combobox">
        <Input ref={inputRef} className="field__control combobox__input" />
        <Button className="combobox__button" aria-hidden>
          ▾
        </Button>
      </div>
      {description && (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      )}
      <FieldError className="field__error">{error}</FieldError>
      <Popover className="combobox__popover">
        <ListBox className="combobox__list">
          {(item: { id: string; name: string }) => (
            <ListBoxItem id={item.id} textValue={item.name} className="combobox__option">
              {item.name}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
