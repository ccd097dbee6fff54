import type { Catalogue } from '../en';

// French messages of the 'listPages' block (issue 13). Spread into fr.ts.
export const listPages: Catalogue['listPages'] = {
  hours: 'Pages de la liste des heures de bénévolat',
  groups: 'Pages de la liste des groupes',
  agenda: 'Pages de l’agenda',
} as const;
