/**
 * A value from the file (a name, a heading, an email) placed in a translated sentence: Unicode's
 * first-strong isolate keeps its own direction, so "x@" stays "x@" in Arabic and an Arabic name
 * stays whole in English. <bdi> does the same where an element can go.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
