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
import * as coreMessages from './en/core-messages';
import * as cliMessages from './en/cli-messages';
import * as shellMessages from './en/shell-messages';
import * as backupMessages from './en/backup-messages';
import * as accessMessages from './en/access-messages';
import * as groupsMessages from './en/groups-messages';
import * as volunteersMessages from './en/volunteers-messages';
import * as peopleMessages from './en/people-messages';
import * as settingsMessages from './en/settings-messages';
import * as auditMessages from './en/audit-messages';
import * as enumsMessages from './en/enums-messages';
import { listPages } from './en/list-pages';
import { feedsOnline } from './en/feeds-online';
import { dashboardPanels } from './en/dashboard-panels';

export const en = {
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
