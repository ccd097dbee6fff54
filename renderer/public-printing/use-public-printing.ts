import { useCallback, useEffect, useState } from 'react';
import type { PublicPrinting } from '../../shared/domain/public-snapshot';
import { call } from '../api/client';

export interface PublicPrintingState {
  printing: PublicPrinting | null;
  error: unknown;
  reload: () => void;
}

/**
 * Reads the public snapshot (no session needed). Not a react-query query: before sign-in the
 * query cache is cleared, and the print station must not depend on it.
 */
export function usePublicPrinting(): PublicPrintingState {
  const [printing, setPrinting] = useState<PublicPrinting | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let isCurrent = true;
    call('getPublicSnapshot', {}).then(
      (value) => {
        if (isCurrent) setPrinting(value);
      },
      (reason: unknown) => {
        if (isCurrent) setError(reason);
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [attempt]);
  const reload = useCallback(() => {
    setError(null);
    setAttempt((n) => n + 1);
  }, []);
  return { printing, error, reload };
}
