import type { Catalogue } from '../en';

// Spanish messages of the 'hoursPages' block (issue 13). Spread into es.ts.
export const hoursPages: Catalogue['hoursPages'] = {
  label: 'Páginas de la lista de horas de voluntariado',
} as const;
