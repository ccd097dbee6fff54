import { useEffect, useState } from 'react';
import { ApiCallError } from '../api/client';

/**
 * After TOO_MANY_ATTEMPTS the core refuses tries for `params.seconds`; count down on screen and
 * keep the button disabled until then, so nobody burns attempts they cannot use.
 */
export function useRetryCountdown() {
  const [retryAt, setRetryAt] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (retryAt === null) return;
    const timer = window.setInterval(() => {
      const time = Date.now();
      setNow(time);
      if (time >= retryAt) setRetryAt(null);
    }, 1000);
    return () => window.clearInterval(timer);
  }, [retryAt]);

  const secondsLeft = retryAt === null ? 0 : Math.max(0, Math.ceil((retryAt - now) / 1000));

  /** Returns true when the error was a wait-and-retry one. */
  function noteError(error: unknown): boolean {
    if (!(error instanceof ApiCallError) || error.code !== 'TOO_MANY_ATTEMPTS') return false;
    const seconds = Number(error.error.params?.seconds ?? 0);
    const time = Date.now();
    setNow(time);
    setRetryAt(time + seconds * 1000);
    return true;
  }

  return { secondsLeft, isWaiting: secondsLeft > 0, noteError };
}
