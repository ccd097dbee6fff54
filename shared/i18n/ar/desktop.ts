import type { Catalogue } from '../en';

// Arabic messages of the 'desktop' block (issue 12: still English until translated). Spread into ar.ts.
export const desktop: Catalogue['desktop'] = {
  fileSaved: 'The file is saved.',
  fileFailed:
    'The file could not be saved. Nothing was written. Try again, or choose another folder.',
};
