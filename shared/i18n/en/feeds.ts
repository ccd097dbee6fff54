// English messages of the 'feeds' block (issue 12). Spread into en.ts.
export const feeds = {} as const;
