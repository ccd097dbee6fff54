// English messages of the 'desktop' block (issue 11). Spread into en.ts.
export const desktop = {} as const;
