import { api, type MethodName } from '../../shared/api/contract';
import type { Role } from '../../shared/api/roles';
import { useSignedInUser } from './vault-context';

/**
 * Whether a role may call a method, read from the contract's access lists: the sidebar, the
 * route guards and the buttons all ask here, so the UI hides exactly what the core refuses.
 */
export function canCall(role: Role, method: MethodName): boolean {
  const { access } = api[method];
  return access === 'public' || access.includes(role);
}

export function useCanCall(method: MethodName): boolean {
  return canCall(useSignedInUser().role, method);
}
