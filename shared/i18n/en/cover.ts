// English messages of the 'cover' block (issue 10). Spread into en.ts.
export const cover = {} as const;
