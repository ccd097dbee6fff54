// English messages of the 'exportCsv' block (issue 12). Spread into en.ts.
export const exportCsv = {} as const;
