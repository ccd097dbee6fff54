// The volunteer rota (DESIGN §5.6, restricted): who facilitates which session in a period, and
// the contact sheet of the volunteers on it. Issue 11 fills this file in.
import { z } from 'zod';
import { civilDate } from './fields';

export const rotaInputSchema = z
  .strictObject({ from: civilDate, to: civilDate })
  .refine((p) => p.to >= p.from, { path: ['to'], error: 'validation.endBeforeStart' });

export interface Rota {
  from: string;
  to: string;
}
