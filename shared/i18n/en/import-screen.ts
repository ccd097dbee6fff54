// English messages of the 'importScreen' block: the CSV import screen (issue 12). Spread into en.ts.
export const importScreen = {
  openButton: 'Import from a spreadsheet',
  title: 'Import volunteers from a spreadsheet',
  intro: 'Add many volunteers at once from a CSV file. Nothing is added until every row is right.',
  rowCount_one: '{{count, number}} row',
  rowCount_other: '{{count, number}} rows',
  volunteerCount_one: '{{count, number}} volunteer',
  volunteerCount_other: '{{count, number}} volunteers',
  choose: {
    heading: '1. Choose a file',
    button: 'Choose a CSV file…',
    hint: 'In Excel or LibreOffice, use “Save as” and choose the CSV type. Commas or semicolons between cells both work, in UTF-8 or in Windows-1252 (older Excel).',
    privacy: 'The file is read on this computer only; it is never sent anywhere.',
    reading: 'Reading the file…',
    chosen: 'File “{{name}}”: {{rows}}.',
    empty: 'This file is empty. Choose the CSV file you saved from the spreadsheet.',
    notText:
      'This is not a CSV file. In the spreadsheet, use “Save as”, choose the CSV type, then choose the new file here.',
    tooBig:
      'This file is too big for a list of volunteers (more than {{megabytes}} MB). Check that it is the right file.',
    unreadable: 'This file could not be read. Choose it again.',
  },
  preview: {
    heading: '2. Preview',
    intro: 'The first rows, as the file has them.',
    caption: 'The first {{rows}} of the file',
  },
  map: {
    heading: '3. Match the columns',
    intro:
      'For each column of the file, choose the volunteer detail it holds. The choices made for you come from the column headings.',
    columnLabel: 'Field for column “{{header}}”',
    untitledColumn: 'column {{number}}',
    example: 'First row: {{value}}',
    emptyExample: 'Empty in the first row.',
    doNotImport: 'Do not import',
    chosenTwice: '{{field}} is chosen for more than one column. Choose it for one column only.',
    firstNameMissing:
      'Choose the column that holds first names: every volunteer needs a first name.',
  },
  check: {
    heading: '4. Check',
    button: 'Check the rows',
    blockedReason: 'Fix the column choices above, then check the rows.',
    checking: 'Checking every row…',
    passed: 'Every row is fine: {{volunteers}} can be imported. Nothing has been added yet.',
    failedNote:
      'Fix these rows in the spreadsheet, save it as CSV again and choose the file again.',
    duplicatesHeading: 'Possible duplicates',
    duplicatesIntro: 'These rows are skipped unless you tick “Import anyway”.',
    alreadyThere: 'Row {{row}}: {{name}} may already be a volunteer',
    repeatsRow: 'Row {{row}} repeats row {{other}}',
    importAnyway: 'Import anyway',
  },
  import: {
    heading: '5. Import',
    button: 'Import {{volunteers}}',
    buttonBeforeCheck: 'Import the volunteers',
    nothingToImport:
      'Every row is skipped: tick “Import anyway” for the rows you want, or choose another file.',
    blockedReason: 'The import is possible once the check finds every row fine.',
    importing: 'Importing…',
  },
  result: {
    heading: 'Import done',
    imported_one: '{{count, number}} volunteer imported.',
    imported_other: '{{count, number}} volunteers imported.',
    skipped_one: '{{count, number}} skipped as a possible duplicate.',
    skipped_other: '{{count, number}} skipped as possible duplicates.',
    toList: 'See the volunteers list',
    another: 'Import another file',
  },
  leaveWarning:
    'The file you chose has not been imported. If you leave, you will have to choose it again.',
} as const;
