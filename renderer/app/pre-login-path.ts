import { useSyncExternalStore } from 'react';

/** Before sign-in there is no router: these hash paths pick the screen. */
export const PRE_LOGIN_PATHS = {
  login: '/login',
  recover: '/recover',
  publicPrinting: '/public-printing',
} as const;

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const readPath = () => window.location.hash.replace(/^#/, '').split('?')[0] || '/';

export function useHashPath(): string {
  return useSyncExternalStore(subscribe, readPath);
}
