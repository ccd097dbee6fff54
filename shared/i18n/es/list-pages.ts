import type { Catalogue } from '../en';

// Spanish messages of the 'listPages' block (issue 13). Spread into es.ts.
export const listPages: Catalogue['listPages'] = {
  hours: 'Páginas de la lista de horas de voluntariado',
  groups: 'Páginas de la lista de grupos',
  agenda: 'Páginas de la agenda',
} as const;
