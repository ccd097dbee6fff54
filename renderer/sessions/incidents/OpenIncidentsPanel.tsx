/** Open incidents, for those allowed to see them (never a figure for anyone else). Placeholder until its slice of issue 10 lands; the dashboard shows it. */
export function OpenIncidentsPanel() {
  return null;
}
