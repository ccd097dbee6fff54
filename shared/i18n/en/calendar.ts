// English messages of the 'calendar' block (issue 10). Spread into en.ts.
export const calendar = {} as const;
