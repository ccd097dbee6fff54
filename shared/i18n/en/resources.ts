// English messages of the 'resources' block (issue 11). Spread into en.ts.
export const resources = {} as const;
