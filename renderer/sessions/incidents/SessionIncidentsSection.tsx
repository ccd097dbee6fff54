import type { SessionDetail } from '../../../shared/domain/sessions';

/** The session page's incidents: file one; the incidents this person may see. Placeholder until its slice of issue 10 lands. */
export function SessionIncidentsSection(_props: { session: SessionDetail }) {
  return null;
}
