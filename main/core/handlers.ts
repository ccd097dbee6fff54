import type { MethodName } from '../../shared/api/contract';
import { backupHandlers } from '../backup/handlers';
import { groupHandlers } from '../groups/handlers';
import { locationHandlers } from '../locations/handlers';
import { organisationHandlers } from '../organisation/handlers';
import { recoveryKeyHandlers } from '../recovery/handlers';
import { sessionHandlers } from '../session/handlers';
import { userHandlers } from '../users/handlers';
import type { Handlers } from './handler-types';

// The type makes a method declared in the contract but not handled here a build error.
export const handlers: Handlers<MethodName> = {
  ...sessionHandlers,
  ...userHandlers,
  ...recoveryKeyHandlers,
  ...organisationHandlers,
  ...groupHandlers,
  ...locationHandlers,
  ...backupHandlers,
};
