import type { Catalogue } from './en';

// French.
import { sessions } from './fr/sessions';
import { closures } from './fr/closures';
import { cover } from './fr/cover';
import { sessionRecord } from './fr/session-record';
import { incidents } from './fr/incidents';
import { calendar } from './fr/calendar';
import { hours } from './fr/hours';
import { print } from './fr/print';
import { printGroup } from './fr/print-group';
import { printSession } from './fr/print-session';
import { printLists } from './fr/print-lists';
import { printRota } from './fr/print-rota';
import { resources } from './fr/resources';
import { funderReport } from './fr/funder-report';
import { ruleTemplates } from './fr/rule-templates';
import { guideTemplates } from './fr/guide-templates';
import { desktop } from './fr/desktop';
import { importCsv } from './fr/import-csv';
import { importScreen } from './fr/import-screen';
import { exportCsv } from './fr/export-csv';
import { feeds } from './fr/feeds';
import * as coreMessages from './fr/core-messages';
import * as cliMessages from './fr/cli-messages';
import * as shellMessages from './fr/shell-messages';
import * as backupMessages from './fr/backup-messages';
import * as accessMessages from './fr/access-messages';
import * as groupsMessages from './fr/groups-messages';
import * as volunteersMessages from './fr/volunteers-messages';
import * as peopleMessages from './fr/people-messages';
import * as settingsMessages from './fr/settings-messages';
import * as auditMessages from './fr/audit-messages';
import * as enumsMessages from './fr/enums-messages';
import { listPages } from './fr/list-pages';
import { feedsOnline } from './fr/feeds-online';
import { dashboardPanels } from './fr/dashboard-panels';

export const fr: Catalogue = {
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
