import type { Handlers } from '../core/handler-types';
import { listCoverConflicts, listCoverageGaps } from './coverage';
import {
  listSessionFacilitators,
  resetSessionFacilitators,
  setSessionFacilitators,
} from './session-facilitators';

export const sessionCoverHandlers: Handlers<
  | 'listSessionFacilitators'
  | 'setSessionFacilitators'
  | 'resetSessionFacilitators'
  | 'listCoverageGaps'
  | 'listCoverConflicts'
> = {
  listSessionFacilitators,
  setSessionFacilitators,
  resetSessionFacilitators,
  listCoverageGaps,
  listCoverConflicts,
};
