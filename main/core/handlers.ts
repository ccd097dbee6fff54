import type { MethodName } from '../../shared/api/contract';
import { auditHandlers } from '../audit/handlers';
import { facilitatorHandlers } from '../facilitators/handlers';
import { backupHandlers } from '../backup/handlers';
import { groupHandlers } from '../groups/handlers';
import { locationHandlers } from '../locations/handlers';
import { organisationHandlers } from '../organisation/handlers';
import { publicPrintingHandlers } from '../public-printing/handlers';
import { feedHandlers } from '../feeds/handlers';
import { recoveryKeyHandlers } from '../recovery/handlers';
import { signInHandlers } from '../sign-in/handlers';
import { trainingHandlers } from '../trainings/handlers';
import { userHandlers } from '../users/handlers';
import { volunteerHandlers } from '../volunteers/handlers';
import { volunteerExportHandlers } from '../volunteers/export-handlers';
import { calendarHandlers } from '../calendar/handlers';
import { closureHandlers } from '../closures/handlers';
import { hoursHandlers } from '../hours/handlers';
import { incidentHandlers } from '../incidents/handlers';
import { sessionCoverHandlers } from '../session-cover/handlers';
import { sessionRecordHandlers } from '../session-records/handlers';
import { sessionHandlers } from '../sessions/handlers';
import { funderReportHandlers } from '../funder-report/handlers';
import { printHandlers } from '../print/handlers';
import { resourceHandlers } from '../resources/handlers';
import { rotaHandlers } from '../rota/handlers';
import { importHandlers } from '../import/handlers';
import type { Handlers } from './handler-types';

// The type makes a method declared in the contract but not handled here a build error.
export const handlers: Handlers<MethodName> = {
  ...signInHandlers,
  ...userHandlers,
  ...auditHandlers,
  ...recoveryKeyHandlers,
  ...organisationHandlers,
  ...groupHandlers,
  ...locationHandlers,
  ...volunteerHandlers,
  ...trainingHandlers,
  ...publicPrintingHandlers,
  ...feedHandlers,
  ...facilitatorHandlers,
  ...backupHandlers,
  ...calendarHandlers,
  ...closureHandlers,
  ...hoursHandlers,
  ...incidentHandlers,
  ...sessionCoverHandlers,
  ...sessionRecordHandlers,
  ...sessionHandlers,
  ...printHandlers,
  ...resourceHandlers,
  ...rotaHandlers,
  ...funderReportHandlers,
  ...importHandlers,
  ...volunteerExportHandlers,
};
