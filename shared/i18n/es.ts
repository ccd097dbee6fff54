import type { Catalogue } from './en';
import { sessions } from './es/sessions';
import { closures } from './es/closures';
import { cover } from './es/cover';
import { sessionRecord } from './es/session-record';
import { incidents } from './es/incidents';
import { calendar } from './es/calendar';
import { hours } from './es/hours';
import { print } from './es/print';
import { printGroup } from './es/print-group';
import { printSession } from './es/print-session';
import { printLists } from './es/print-lists';
import { printRota } from './es/print-rota';
import { resources } from './es/resources';
import { funderReport } from './es/funder-report';
import { ruleTemplates } from './es/rule-templates';
import { guideTemplates } from './es/guide-templates';
import { desktop } from './es/desktop';
import { importCsv } from './es/import-csv';
import { importScreen } from './es/import-screen';
import { exportCsv } from './es/export-csv';
import { feeds } from './es/feeds';
import * as coreMessages from './es/core-messages';
import * as cliMessages from './es/cli-messages';
import * as shellMessages from './es/shell-messages';
import * as backupMessages from './es/backup-messages';
import * as accessMessages from './es/access-messages';
import * as groupsMessages from './es/groups-messages';
import * as volunteersMessages from './es/volunteers-messages';
import * as peopleMessages from './es/people-messages';
import * as settingsMessages from './es/settings-messages';
import * as auditMessages from './es/audit-messages';
import * as enumsMessages from './es/enums-messages';
import { listPages } from './es/list-pages';
import { feedsOnline } from './es/feeds-online';
import { dashboardPanels } from './es/dashboard-panels';

export const es: Catalogue = {
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
