import type { z } from 'zod';
import type { Role } from './roles';

/** `'public'` methods run without a session (status, setup, login, recovery). */
export type Access = readonly Role[] | 'public';

export interface MethodSpec<Input extends z.ZodType = z.ZodType, Output = unknown> {
  input: Input;
  access: Access;
  /** Type-only: carries the output type; never set at run time. */
  readonly types?: { output: Output };
}

/** Declares a method: `method<Output>()({ input, access })`. */
export const method =
  <Output>() =>
  <Input extends z.ZodType>(spec: { input: Input; access: Access }): MethodSpec<Input, Output> =>
    spec;
