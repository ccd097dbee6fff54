/** Past sessions nobody has recorded yet, each with a link to record it. Placeholder until its slice of issue 10 lands; the dashboard shows it. */
export function NeedsRecordPanel() {
  return null;
}
