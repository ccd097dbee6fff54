/** Sessions in the next 14 days with no ready lead, each with a way to fix it. Placeholder until its slice of issue 10 lands; the dashboard shows it. */
export function CoverageGapsPanel() {
  return null;
}
