// English: the reference catalogue. Every other language must have exactly these keys
// (the type `Catalogue` enforces it at compile time).
import { sessions } from './en/sessions';
import { closures } from './en/closures';
import { cover } from './en/cover';
import { sessionRecord } from './en/session-record';
import { incidents } from './en/incidents';
import { calendar } from './en/calendar';
import { hours } from './en/hours';
import { print } from './en/print';
import { printGroup } from './en/print-group';
import { printSession } from './en/print-session';
import { printLists } from './en/print-lists';
import { printRota } from './en/print-rota';
import { resources } from './en/resources';
import { funderReport } from './en/funder-report';
import { ruleTemplates } from './en/rule-templates';
import { guideTemplates } from './en/guide-templates';
import { desktop } from './en/desktop';
import { importCsv } from './en/import-csv';
import { importScreen } from './en/import-screen';
import { exportCsv } from './en/export-csv';
import { feeds } from './en/feeds';
import {
  errors,
  validation,
  timeZonePicker,
  externalLink,
  duplicateName,
  passwordRules,
} from './en/core-messages';
import { cli, cliHelp } from './en/cli-messages';
import { app, common, unsaved, nav } from './en/shell-messages';
import { backup, restore, databaseDamaged } from './en/backup-messages';
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
} from './en/access-messages';
import { dashboard, groups, schedule, locations } from './en/groups-messages';
import { volunteers, trainingRecords, volunteerForm } from './en/volunteers-messages';
import { trainings, readiness, facilitators, pager } from './en/people-messages';
import {
  settings,
  recoveryReminder,
  users,
  passwordSettings,
  recoveryKeySettings,
} from './en/settings-messages';
import { audit } from './en/audit-messages';
import { enums } from './en/enums-messages';

export const en = {
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
} as const;

/** Plural forms some languages add beside English's `_one` and `_other` (Arabic uses all). */
type ExtraPluralForm = 'zero' | 'two' | 'few' | 'many';

/**
 * Every key of English with a text, plus, beside each `x_other`, the optional `x_zero`, `x_two`,
 * `x_few` and `x_many`. Which of them a language must have is its own plural rules' business
 * (tests/shared/i18n/catalogues.test.ts checks it against `Intl.PluralRules`).
 */
type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> } & {
  [K in keyof T as K extends `${infer Base}_other` ? `${Base}_${ExtraPluralForm}` : never]?: string;
};
export type Catalogue = Translation<typeof en>;
