import type { ReactNode } from 'react';
import type { MethodName } from '../../shared/api/contract';
import { NotAllowedScreen } from '../shell/NotAllowedScreen';
import { useCanCall } from './can-call';

/**
 * A screen only for roles that may call `method`; anyone else who types its address gets the
 * "not allowed" page. One line per route: `page('/volunteers', requires('listVolunteers', X))`.
 */
export function requires(method: MethodName, Screen: () => ReactNode): () => ReactNode {
  function Guarded() {
    return useCanCall(method) ? <Screen /> : <NotAllowedScreen />;
  }
  Guarded.displayName = `Requires(${method})`;
  return Guarded;
}
