import { useEffect, useState } from 'react';
import { ApiCallError } from '../api/client';

/** The refusals that can carry a wait: a wrong password announces it, an early try repeats it. */
const WAIT_CODES = new Set(['WRONG_CREDENTIALS', 'TOO_MANY_ATTEMPTS']);

/**
 * When the core says the next try must wait `params.seconds`, count down on screen and keep the
 * button disabled until then, so nobody burns attempts they cannot use. The wait starts with the
 * refusal that causes it, not with the next try.
 */
export function useRetryCountdown() {
  const [retryAt, setRetryAt] = useState<number | null>(null);
  const [waitSeconds, setWaitSeconds] = useState(0);
  const [isThrottled, setIsThrottled] = useState(false);
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

  /**
   * Starts the wait a refusal asks for. Returns true when the refusal said nothing but "wait"
   * (TOO_MANY_ATTEMPTS), so the form needs no other message.
   */
  function noteError(error: unknown): boolean {
    if (!(error instanceof ApiCallError) || !WAIT_CODES.has(error.code)) return false;
    const seconds = Number(error.error.params?.seconds ?? 0);
    const isTooMany = error.code === 'TOO_MANY_ATTEMPTS';
    setIsThrottled(isTooMany);
    if (seconds > 0) {
      const time = Date.now();
      setNow(time);
      setWaitSeconds(seconds);
      setRetryAt(time + seconds * 1000);
    }
    return isTooMany;
  }

  return {
    secondsLeft,
    /** The wait as first announced, for screen readers (the live count would chatter). */
    waitSeconds,
    isWaiting: secondsLeft > 0,
    /** Whether the last refusal was only "too many attempts", with nothing else to show. */
    isThrottled: isThrottled && secondsLeft > 0,
    /** A wait was counted down to the end: the person may try again now. */
    hasWaited: waitSeconds > 0 && secondsLeft === 0,
    noteError,
  };
}
