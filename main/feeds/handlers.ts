import type { Handlers } from '../core/handler-types';
import { exportPublicFeed } from './export';

export const feedHandlers: Handlers<'exportPublicFeed'> = {
  // Public, like getPublicSnapshot: answers with the vault locked, from the public file alone.
  exportPublicFeed: async (input, { vault }) => exportPublicFeed(vault.dataDir, input),
};
