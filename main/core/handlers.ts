import type { MethodName } from '../../shared/api/contract';
import { auditHandlers } from '../audit/handlers';
import { facilitatorHandlers } from '../facilitators/handlers';
import { backupHandlers } from '../backup/handlers';
import { groupHandlers } from '../groups/handlers';
import { locationHandlers } from '../locations/handlers';
import { organisationHandlers } from '../organisation/handlers';
import { publicPrintingHandlers } from '../public-printing/handlers';
import { recoveryKeyHandlers } from '../recovery/handlers';
import { sessionHandlers } from '../session/handlers';
import { trainingHandlers } from '../trainings/handlers';
import { userHandlers } from '../users/handlers';
import { volunteerHandlers } from '../volunteers/handlers';
import type { Handlers } from './handler-types';

// The type makes a method declared in the contract but not handled here a build error.
export const handlers: Handlers<MethodName> = {
  ...sessionHandlers,
  ...userHandlers,
  ...auditHandlers,
  ...recoveryKeyHandlers,
  ...organisationHandlers,
  ...groupHandlers,
  ...locationHandlers,
  ...volunteerHandlers,
  ...trainingHandlers,
  ...publicPrintingHandlers,
  ...facilitatorHandlers,
  ...backupHandlers,
};
