import type { Catalogue } from '../en';

// French messages of the 'hoursPages' block (issue 13). Spread into fr.ts.
export const hoursPages: Catalogue['hoursPages'] = {
  label: 'Pages de la liste des heures de bénévolat',
} as const;
