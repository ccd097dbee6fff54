import type { Catalogue } from '../en';

// Spanish messages of the 'desktop' block (issue 11). Spread into es.ts.
export const desktop: Catalogue['desktop'] = {
  fileSaved: 'El archivo está guardado.',
  fileFailed:
    'No se pudo guardar el archivo. No se escribió nada. Inténtelo de nuevo o elija otra carpeta.',
};
