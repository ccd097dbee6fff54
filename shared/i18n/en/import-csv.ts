// English messages of the 'importCsv' block (issue 12). Spread into en.ts.
export const importCsv = {} as const;
