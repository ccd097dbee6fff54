// English messages of the 'hours' block (issue 10). Spread into en.ts.
export const hours = {} as const;
