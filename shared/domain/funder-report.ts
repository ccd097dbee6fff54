// The funder report (DESIGN §5.8): sessions held and cancelled, attendance and newcomers per
// group, volunteer hours, for a period. Issue 11 fills this file in.
import { z } from 'zod';
import { civilDate } from './fields';

export const funderReportInputSchema = z
  .strictObject({ from: civilDate, to: civilDate })
  .refine((p) => p.to >= p.from, { path: ['to'], error: 'validation.endBeforeStart' });

export interface FunderReport {
  from: string;
  to: string;
}
