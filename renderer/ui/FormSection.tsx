import type { ReactNode } from 'react';

/** A titled part of a long form; the legend is read before each field inside it. */
export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="form__section">
      <legend>{title}</legend>
      {children}
    </fieldset>
  );
}
