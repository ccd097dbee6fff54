import type { Handlers } from '../core/handler-types';

// Placeholder until this slice of issue 11 lands.
export const rotaHandlers: Handlers<'listRota'> = {
  listRota: () => Promise.reject(new Error('not built yet')),
};
