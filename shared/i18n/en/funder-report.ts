// English messages of the 'funderReport' block (issue 11). Spread into en.ts.
export const funderReport = {} as const;
