// Every printable's page, by id. Each slice fills in its own folder; this list only names them.
import type { PrintableId } from '../../shared/print/printables';
import { funderReport } from './funder-report';
import { flyer, groundRules } from './group-pages';
import { calendar, meetingList } from './lists';
import type { PrintableModule } from './printable-module';
import { resources } from './resources';
import { contacts, rota } from './rota';
import { sessionPlan, signIn, tonight } from './session-pages';

export const PRINTABLE_MODULES: Record<PrintableId, PrintableModule> = {
  flyer,
  'sign-in': signIn,
  'ground-rules': groundRules,
  'session-plan': sessionPlan,
  tonight,
  'meeting-list': meetingList,
  calendar,
  rota,
  contacts,
  resources,
  'funder-report': funderReport,
};
