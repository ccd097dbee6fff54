import type { z } from 'zod';
import type { Role } from './roles';
import type { AnyScope, Scope } from './scope';

/** `'public'` methods run without a session (status, setup, login, recovery). */
export type Access = readonly Role[] | 'public';

export interface MethodSpec<Input extends z.ZodType = z.ZodType, Output = unknown> {
  input: Input;
  access: Access;
  /** Which records a role limited to its own records may reach (see scope.ts). */
  scope: AnyScope;
  /** Type-only: carries the output type; never set at run time. */
  readonly types?: { output: Output };
}

/**
 * Declares a method: `method<Output>()({ input, access, scope })`. Both `access` and `scope` are
 * required, so a method that leaves either out does not build.
 */
export const method =
  <Output>() =>
  <Input extends z.ZodType>(spec: {
    input: Input;
    access: Access;
    scope: Scope<z.output<NoInfer<Input>>, Output>;
  }): MethodSpec<Input, Output> =>
    spec;
