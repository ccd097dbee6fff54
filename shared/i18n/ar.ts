import type { Catalogue } from './en';

import { sessions } from './ar/sessions';
import { closures } from './ar/closures';
import { cover } from './ar/cover';
import { sessionRecord } from './ar/session-record';
import { incidents } from './ar/incidents';
import { calendar } from './ar/calendar';
import { hours } from './ar/hours';
import { print } from './ar/print';
import { printGroup } from './ar/print-group';
import { printSession } from './ar/print-session';
import { printLists } from './ar/print-lists';
import { printRota } from './ar/print-rota';
import { resources } from './ar/resources';
import { funderReport } from './ar/funder-report';
import { ruleTemplates } from './ar/rule-templates';
import { guideTemplates } from './ar/guide-templates';
import { desktop } from './ar/desktop';
import { importCsv } from './ar/import-csv';
import { importScreen } from './ar/import-screen';
import { exportCsv } from './ar/export-csv';
import { feeds } from './ar/feeds';
import * as coreMessages from './ar/core-messages';
import * as cliMessages from './ar/cli-messages';
import * as shellMessages from './ar/shell-messages';
import * as backupMessages from './ar/backup-messages';
import * as accessMessages from './ar/access-messages';
import * as groupsMessages from './ar/groups-messages';
import * as volunteersMessages from './ar/volunteers-messages';
import * as peopleMessages from './ar/people-messages';
import * as settingsMessages from './ar/settings-messages';
import * as auditMessages from './ar/audit-messages';
import * as enumsMessages from './ar/enums-messages';
import { listPages } from './ar/list-pages';
import { feedsOnline } from './ar/feeds-online';
import { dashboardPanels } from './ar/dashboard-panels';

export const ar: Catalogue = {
  ...coreMessages,
  ...cliMessages,
  ...shellMessages,
  ...backupMessages,
  ...accessMessages,
  ...groupsMessages,
  ...volunteersMessages,
  ...peopleMessages,
  ...settingsMessages,
  ...auditMessages,
  ...enumsMessages,
  sessions,
  closures,
  cover,
  sessionRecord,
  incidents,
  calendar,
  hours,
  print,
  printGroup,
  printSession,
  printLists,
  printRota,
  resources,
  funderReport,
  ruleTemplates,
  guideTemplates,
  desktop,
  importCsv,
  importScreen,
  exportCsv,
  feeds,
  listPages,
  feedsOnline,
  dashboardPanels,
};
