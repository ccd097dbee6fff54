import { useEffect } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';

/**
 * Some errors sit on one field but depend on another (an expiry before its check date, a slot
 * that ends before it starts). react-hook-form re-checks only the field that changed, so once the
 * form has been submitted, a change to `source` re-checks its dependent too: the message goes as
 * soon as either field is fixed.
 */
export function useRecheckDependents<V extends FieldValues>(
  form: UseFormReturn<V>,
  dependentOf: (source: string) => Path<V> | undefined,
): void {
  const { watch, trigger } = form;
  useEffect(() => {
    const subscription = watch((_values, { name }) => {
      const dependent = name === undefined ? undefined : dependentOf(name);
      if (dependent && form.formState.isSubmitted) void trigger(dependent);
    });
    return () => subscription.unsubscribe();
  }, [form, watch, trigger, dependentOf]);
}
