// English messages of the 'incidents' block (issue 10). Spread into en.ts.
export const incidents = {} as const;
