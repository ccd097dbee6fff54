/** Volunteers double-booked, outside their availability or not ready, each with a way to fix it. Placeholder until its slice of issue 10 lands; the dashboard shows it. */
export function CoverConflictsPanel() {
  return null;
}
