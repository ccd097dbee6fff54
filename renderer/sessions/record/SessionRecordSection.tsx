import type { SessionDetail } from '../../../shared/domain/sessions';

/** The session page's record: held, headcount, newcomers, hours, notes, attendance. Placeholder until its slice of issue 10 lands. */
export function SessionRecordSection(_props: { session: SessionDetail }) {
  return null;
}
