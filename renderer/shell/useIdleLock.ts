import { useEffect, useRef } from 'react';

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;
const CHECK_EVERY_MS = 5_000;

/**
 * Calls `onIdle` once nobody has touched the mouse or keyboard for `minutes`. Checked on an
 * interval against the clock (not one long timer), so a PC waking from sleep locks at once.
 */
export function useIdleLock(minutes: number | null, onIdle: () => void): void {
  const onIdleRef = useRef(onIdle);
  useEffect(() => {
    onIdleRef.current = onIdle;
  }, [onIdle]);

  useEffect(() => {
    if (minutes === null || minutes <= 0) return;
    let lastActivity = Date.now();
    let hasFired = false;
    const noteActivity = () => {
      lastActivity = Date.now();
    };
    ACTIVITY_EVENTS.forEach((name) =>
      window.addEventListener(name, noteActivity, { passive: true, capture: true }),
    );
    const timer = window.setInterval(() => {
      if (!hasFired && Date.now() - lastActivity >= minutes * 60_000) {
        hasFired = true;
        onIdleRef.current();
      }
    }, CHECK_EVERY_MS);
    return () => {
      window.clearInterval(timer);
      ACTIVITY_EVENTS.forEach((name) =>
        window.removeEventListener(name, noteActivity, { capture: true }),
      );
    };
  }, [minutes]);
}
