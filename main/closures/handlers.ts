import type { Handlers } from '../core/handler-types';

// Placeholder until this slice of issue 10 lands: every method refuses with an internal error.
const notBuiltYet = () => Promise.reject(new Error('not built yet'));

export const closureHandlers: Handlers<
  | 'cancelSession'
  | 'restoreSession'
  | 'moveSession'
  | 'addExtraSession'
  | 'listClosures'
  | 'previewClosure'
  | 'createClosure'
  | 'removeClosure'
> = {
  cancelSession: notBuiltYet,
  restoreSession: notBuiltYet,
  moveSession: notBuiltYet,
  addExtraSession: notBuiltYet,
  listClosures: notBuiltYet,
  previewClosure: notBuiltYet,
  createClosure: notBuiltYet,
  removeClosure: notBuiltYet,
};
