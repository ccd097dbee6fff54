// English messages of the 'ruleTemplates' block (issue 11). Spread into en.ts.
export const ruleTemplates = {} as const;
