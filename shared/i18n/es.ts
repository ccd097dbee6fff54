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
import {
  errors,
  validation,
  timeZonePicker,
  externalLink,
  duplicateName,
  passwordRules,
} from './es/core-messages';
import { cli, cliHelp } from './es/cli-messages';
import { app, common, unsaved, nav } from './es/shell-messages';
import { backup, restore, databaseDamaged } from './es/backup-messages';
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
} from './es/access-messages';
import { dashboard, groups, schedule, locations } from './es/groups-messages';
import { volunteers, trainingRecords, volunteerForm } from './es/volunteers-messages';
import { trainings, readiness, facilitators, pager } from './es/people-messages';
import {
  settings,
  recoveryReminder,
  users,
  passwordSettings,
  recoveryKeySettings,
} from './es/settings-messages';
import { audit } from './es/audit-messages';
import { enums } from './es/enums-messages';

export const es: Catalogue = {
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
