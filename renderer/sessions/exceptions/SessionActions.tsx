import type { SessionDetail } from '../../../shared/domain/sessions';

/** The session page's actions: cancel or restore with a reason, move, and the closure behind it. Placeholder until its slice of issue 10 lands. */
export function SessionActions(_props: { session: SessionDetail }) {
  return null;
}
