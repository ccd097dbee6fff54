// English messages of the 'desktop' block (issue 11). Spread into en.ts.
export const desktop = {
  fileSaved: 'The file is saved.',
  fileFailed:
    'The file could not be saved. Nothing was written. Try again, or choose another folder.',
} as const;
