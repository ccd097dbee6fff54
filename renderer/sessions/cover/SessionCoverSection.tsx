import type { SessionDetail } from '../../../shared/domain/sessions';

/** The session page's facilitators, coverage gap and conflicts, with a way to fix each. Placeholder until its slice of issue 10 lands. */
export function SessionCoverSection(_props: { session: SessionDetail }) {
  return null;
}
