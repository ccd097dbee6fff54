// English messages of the 'importCsv' block (issue 12). Spread into en.ts.
import { volunteers } from './volunteers-messages';

/** The volunteer form's own words for the fields a column can fill. */
const volunteerFields = volunteers.fields;

export const importCsv = {
  rowsRefused_one: '{{count}} row cannot be imported, so nothing was added. Fix it and try again.',
  rowsRefused_other:
    '{{count}} rows cannot be imported, so nothing was added. Fix them and try again.',
  rowProblem: 'Row {{row}}, {{field}}: {{message}}',
  rowProblemWithValue: "Row {{row}}, {{field}} '{{value}}': {{message}}",
  rowProblemNoField: 'Row {{row}}: {{message}}',
  tooManyRows:
    'This file has {{rows}} rows; one import takes at most {{maximum}}. Split it into smaller files.',
  noRows: 'This file has no rows under its header line.',
  noFirstNameColumn:
    'No column holds first names. Head one column "First name" (or Nombre, Prénom, الاسم).',
  fields: {
    firstName: volunteerFields.firstName,
    lastName: volunteerFields.lastName,
    preferredName: volunteerFields.preferredName,
    pronouns: volunteerFields.pronouns,
    phone: volunteerFields.phone,
    email: volunteerFields.email,
    languages: volunteerFields.languages,
    skills: volunteerFields.skills,
    status: volunteerFields.status,
    startDate: volunteerFields.startDate,
    emergencyContactName: 'Emergency contact',
    emergencyContactPhone: 'Emergency contact phone',
    emergencyContactRelationship: 'Emergency contact relationship',
    notes: 'Notes',
  },
  cli: {
    usage: 'Usage: circlekeeper import volunteers <file.csv> [--dry-run]',
    duplicateSkipped: 'Row {{row}} skipped: {{name}} may already be a volunteer.',
    repeatSkipped: 'Row {{row}} skipped: it repeats row {{other}}.',
    done_one: '{{count}} volunteer imported.',
    done_other: '{{count}} volunteers imported.',
    checked_one: 'All rows are valid: {{count}} volunteer would be imported. Nothing was written.',
    checked_other:
      'All rows are valid: {{count}} volunteers would be imported. Nothing was written.',
  },
  cliHelp: {
    oneLine: 'Import volunteers from a CSV file (all or nothing)',
    summary:
      'Adds the volunteers of a CSV file from a spreadsheet (UTF-8 or Windows-1252; comma, semicolon or tab). Columns are recognised by their header in English, Spanish, French or Arabic. If any row is not valid, each bad row is named and nothing is written. Possible duplicates of existing volunteers are skipped. The admin password is read from the terminal or the first line of standard input.',
    dryRunOption: 'Check the file and report, writing nothing',
  },
} as const;
