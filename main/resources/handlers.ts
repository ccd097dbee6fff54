import type { Handlers } from '../core/handler-types';

// Placeholder until this slice of issue 11 lands: the list is empty, changes refuse.
const notBuiltYet = () => Promise.reject(new Error('not built yet'));

export const resourceHandlers: Handlers<
  'listResources' | 'createResource' | 'updateResource' | 'removeResource'
> = {
  listResources: async () => [],
  createResource: notBuiltYet,
  updateResource: notBuiltYet,
  removeResource: notBuiltYet,
};
