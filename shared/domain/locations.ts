import { z } from 'zod';
import { duplicateNameConfirmation, id, optionalText, requiredText } from './fields';

const locationShape = {
  name: requiredText(120),
  address: optionalText(300),
  room: optionalText(100),
  accessibilityNotes: optionalText(1000),
  capacity: z.number().int().min(1).max(10000).nullable().default(null),
};

export const locationInputSchema = z.strictObject({
  ...locationShape,
  ...duplicateNameConfirmation,
});
export type LocationInput = z.input<typeof locationInputSchema>;
/** The stored fields alone: for views that pick some of them. */
export const locationFieldsSchema = z.strictObject(locationShape);
/** What is stored about a location. */
export type LocationFields = z.output<z.ZodObject<typeof locationShape>>;

export const updateLocationInputSchema = z.strictObject({
  id,
  ...locationShape,
  ...duplicateNameConfirmation,
});

export interface Location extends LocationFields {
  id: number;
  groupCount: number;
  createdAt: string;
  updatedAt: string;
}
