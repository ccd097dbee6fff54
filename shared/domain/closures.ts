import { z } from 'zod';
import { civilDate, id, requiredText } from './fields';

// A centre closure (a holiday, a burst pipe): the sessions inside are cancelled with its reason
// and come back when it is removed.

export const closureInputSchema = z
  .strictObject({
    startsOn: civilDate,
    endsOn: civilDate,
    /** null: the whole centre, every location and online groups too. */
    locationId: id.nullable().default(null),
    reason: requiredText(200),
  })
  .refine((c) => c.endsOn >= c.startsOn, { path: ['endsOn'], error: 'validation.endBeforeStart' });
export type ClosureInput = z.input<typeof closureInputSchema>;

export interface Closure {
  id: number;
  startsOn: string;
  endsOn: string;
  locationId: number | null;
  locationName: string | null;
  reason: string;
  /** Sessions this closure cancels now. */
  cancelledSessions: number;
}

export interface ClosurePreview {
  /** Sessions the closure would cancel (those not already cancelled or held). */
  sessions: number;
}

export interface ClosureRemoval {
  /** Sessions back on the calendar (a session another closure also covers stays cancelled). */
  restoredSessions: number;
}
