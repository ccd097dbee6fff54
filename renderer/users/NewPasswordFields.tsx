import { useId } from 'react';
import { useWatch, type Control, type FieldValues, type Path } from 'react-hook-form';
import { FormTextField } from '../ui/form-fields';
import { PasswordChecklist } from '../ui/PasswordChecklist';

interface NewPasswordFieldsProps<V extends FieldValues> {
  control: Control<V>;
  /** The password field and its confirmation, in that order. */
  names: readonly [Path<V>, Path<V>];
  labels: readonly [string, string];
  /** Whose password it is: the rules forbid the username inside it. */
  username: string;
  description?: string;
}

/** A new password typed twice, with the rules ticked off as it is typed. */
export function NewPasswordFields<V extends FieldValues>({
  control,
  names,
  labels,
  username,
  description,
}: NewPasswordFieldsProps<V>) {
  const rulesId = useId();
  const password = useWatch({ control, name: names[0] }) as string;
  return (
    <>
      <div className="form__grid">
        <FormTextField
          control={control}
          name={names[0]}
          type="password"
          label={labels[0]}
          description={description}
          autoComplete="new-password"
          isRequired
          describedBy={rulesId}
        />
        <FormTextField
          control={control}
          name={names[1]}
          type="password"
          label={labels[1]}
          autoComplete="new-password"
          isRequired
        />
      </div>
      <PasswordChecklist id={rulesId} password={password} username={username} />
    </>
  );
}
