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
import {
  errors,
  validation,
  timeZonePicker,
  externalLink,
  duplicateName,
  passwordRules,
} from './fr/core-messages';
import { cli, cliHelp } from './fr/cli-messages';
import { app, common, unsaved, nav } from './fr/shell-messages';
import { backup, restore, databaseDamaged } from './fr/backup-messages';
import {
  notFound,
  notAllowed,
  setup,
  recoveryKey,
  recoverySheet,
  login,
  publicPrinting,
  lock,
  keyFileProblem,
  recover,
} from './fr/access-messages';
import { dashboard, groups, schedule, locations } from './fr/groups-messages';
import { volunteers, trainingRecords, volunteerForm } from './fr/volunteers-messages';
import { trainings, readiness, facilitators, pager } from './fr/people-messages';
import {
  settings,
  recoveryReminder,
  users,
  passwordSettings,
  recoveryKeySettings,
} from './fr/settings-messages';
import { audit } from './fr/audit-messages';
import { enums } from './fr/enums-messages';

export const fr: Catalogue = {
  errors,
  validation,
  timeZonePicker,
  externalLink,
  duplicateName,
  passwordRules,
  cli,
  cliHelp,
  app,
  common,
  unsaved,
  nav,
  backup,
  restore,
  databaseDamaged,
  notFound,
  notAllowed,
  setup,
  recoveryKey,
  recoverySheet,
  login,
  publicPrinting,
  lock,
  keyFileProblem,
  recover,
  dashboard,
  groups,
  schedule,
  locations,
  volunteers,
  trainingRecords,
  volunteerForm,
  trainings,
  readiness,
  facilitators,
  pager,
  settings,
  recoveryReminder,
  users,
  passwordSettings,
  recoveryKeySettings,
  audit,
  enums,
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
};
