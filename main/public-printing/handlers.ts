import type { Handlers } from '../core/handler-types';
import { readPublicSnapshot } from './public-snapshot';

export const publicPrintingHandlers: Handlers<'getPublicSnapshot'> = {
  // Public: answers with the vault locked, from the file alone (see public-snapshot.ts).
  getPublicSnapshot: async (_input, { vault }) => readPublicSnapshot(vault.dataDir),
};
