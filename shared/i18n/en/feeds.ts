// English messages of the 'feeds' block (issue 12). Spread into en.ts.
export const feeds = {
  title: 'Calendar and meeting-finder feed',
  saveCalendar: 'Save the calendar (.ics)',
  saveGroupCalendar: 'Save this group’s calendar (.ics)',
  saveMeetingGuide: 'Save the Meeting Guide feed (.json)',
  offText:
    'Public printing is off, so there is nothing to publish yet. An administrator can turn it on in Settings, under Public printing.',
  unreadableText:
    'The public meeting list could not be read. Sign in, or change any group, to write it again, then try once more.',
  onlineOnlyNote: 'Meets online. Ask the group’s contact for the link.',
  cli: {
    oneLine: 'Write the public calendar (.ics) or Meeting Guide feed (.json)',
    summary:
      'Writes the public groups as an iCalendar file (ics) or a Meeting Guide feed (meeting-guide) to the file given with --out. Reads only the public meeting list, so it asks for no password; public printing must be on.',
    outOption: 'Where to write the file (replaced whole if it exists)',
    done: 'Written: {{file}} ({{groups}} public groups).',
    off: 'Public printing is off in this data folder, so there is nothing public to export. An administrator can turn it on in Settings, under Public printing.',
    unreadable:
      'The public meeting list in this data folder could not be read. Open Circlekeeper and sign in to write it again, then run this command again.',
  },
} as const;
