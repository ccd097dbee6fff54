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
import {
  errors,
  validation,
  timeZonePicker,
  externalLink,
  duplicateName,
  passwordRules,
} from './ar/core-messages';
import { cli, cliHelp } from './ar/cli-messages';
import { app, common, unsaved, nav } from './ar/shell-messages';
import { backup, restore, databaseDamaged } from './ar/backup-messages';
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
} from './ar/access-messages';
import { dashboard, groups, schedule, locations } from './ar/groups-messages';
import { volunteers, trainingRecords, volunteerForm } from './ar/volunteers-messages';
import { trainings, readiness, facilitators, pager } from './ar/people-messages';
import {
  settings,
  recoveryReminder,
  users,
  passwordSettings,
  recoveryKeySettings,
} from './ar/settings-messages';
import { audit } from './ar/audit-messages';
import { enums } from './ar/enums-messages';

export const ar: Catalogue = {
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
