import type { Catalogue } from '../en';

// French messages of the 'desktop' block. Spread into fr.ts.
export const desktop: Catalogue['desktop'] = {
  fileSaved: 'Le fichier est enregistré.',
  fileFailed:
    'Le fichier n’a pas pu être enregistré. Rien n’a été écrit. Réessayez, ou choisissez un autre dossier.',
};
