import { useParams } from '@tanstack/react-router';

/** The session id in the address (`/sessions/42`). */
export function useSessionId(): number {
  const { sessionId } = useParams({ strict: false });
  return Number(sessionId);
}
