// English messages of the 'guideTemplates' block (issue 11). Spread into en.ts.
export const guideTemplates = {} as const;
