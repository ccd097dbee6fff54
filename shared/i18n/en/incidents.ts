// English messages of the 'incidents' block (issue 10). Spread into en.ts.
// Plain, calm words: the person reading them may have just been through something hard.
export const incidents = {
  title: 'Incidents',
  intro:
    'Safeguarding incidents reported from sessions. Only coordinators, administrators and the person who reported an incident can see it.',
  introOwn:
    'The incidents you reported. Only you, the coordinators and the administrators can see them.',
  category: {
    safeguarding_concern: 'Worry about someone’s safety or wellbeing',
    risk_of_harm: 'Someone might hurt themselves or someone else',
    medical: 'Someone was taken ill or injured',
    aggression: 'Shouting, threats or violence',
    disclosure: 'Someone told us about harm or abuse',
    privacy_breach: 'Something private was shared that should not have been',
    other: 'Something else',
  },
  categoryHelp: {
    safeguarding_concern: 'For example, someone seemed neglected, frightened or not safe at home.',
    risk_of_harm: 'For example, someone talked about ending their life or hurting another person.',
    medical: 'For example, a fall, a panic attack or someone who needed an ambulance.',
    aggression: 'Towards anyone in the room, including you.',
    disclosure: 'About themselves or about someone else, now or in the past.',
    privacy_breach:
      'For example, a name or story repeated outside the group, or a photo taken in the room.',
    other: 'Anything else the coordinators should know about.',
  },
  severity: {
    low: 'Low',
    medium: 'Medium',
    high: 'High',
  },
  severityHelp: {
    low: 'Handled in the room; worth writing down.',
    medium: 'Needs a coordinator to follow up.',
    high: 'Someone was or may be in danger.',
  },
  status: {
    open: 'Open',
    actioned: 'Being followed up',
    closed: 'Closed',
  },
  fields: {
    category: 'What kind of incident',
    severity: 'How serious',
    description: 'What happened',
    actionsTaken: 'What was done',
    isReferralMade: 'Someone was referred to another service',
    status: 'Status',
    note: 'Follow-up note',
    notes: 'Follow-up notes',
    group: 'Group',
    occurredOn: 'Session date',
    reportedBy: 'Reported by',
    reportedAt: 'Reported at',
    session: 'Session',
  },
  hints: {
    description:
      'Say what you saw and heard, in your own words. Use first names or “a participant”; leave out addresses and other details that are not needed.',
    actionsTaken:
      'For example, who you spoke to, who you called, and what the person was told or given.',
    isReferralMade:
      'Tick this if you passed someone on to a crisis line, a doctor or another service.',
    note: 'Say what was done or decided. Everyone who can see this incident can read the notes.',
  },
  report: {
    heading: 'Incidents',
    button: 'Report an incident',
    title: 'Report an incident',
    intro:
      'Write down what happened while it is fresh. A coordinator will read it and follow it up.',
    crisis:
      'If someone is in danger now, call your local emergency number first. The crisis steps are in your facilitator guide and on the referral sheet at reception.',
    save: 'Send report',
    saved: 'Your report was sent. A coordinator will follow it up.',
    none: 'No incidents you can see for this session.',
    ownOnly: 'You see only the incidents you reported.',
    notYet: 'Incidents can be reported here from the day of the session.',
  },
  list: {
    caption: 'Incidents',
    filterLabel: 'Show',
    allStatuses: 'All',
    none: 'No incidents to show.',
    noneOpen: 'No open incidents. Nothing is waiting for follow-up.',
    noneWithStatus: 'No incidents are “{{status}}”. Choose “All” to see the others.',
    noneStaff:
      'No incidents have been reported. Facilitators and staff report them from the page of the session where it happened.',
    noneOwn:
      'You have not reported any incidents. To report one, open the session where it happened.',
    open: 'Open incident from {{date}}, {{group}}',
  },
  detail: {
    loadingTitle: 'Incident',
    aboutHeading: 'The incident',
    whatHeading: 'What was reported',
    title: 'Incident at {{group}}',
    backToList: 'All incidents',
    nothingWritten: 'Nothing written.',
    noNotes: 'No follow-up notes yet.',
    notesHeading: 'Follow-up notes',
    noteBy: '{{name}}, {{when}}',
    movedTo: 'Moved to “{{status}}”',
  },
  update: {
    heading: 'Add a note',
    intro: 'Add a note about what was done. Change the status when the incident moves on.',
    keep: 'Keep as “{{status}}” and add a note',
    moveTo: 'Move to “{{status}}”',
    reopen: 'Reopen',
    save: 'Save note',
  },
  panel: {
    heading: 'Open incidents',
    intro: 'Incidents waiting for follow-up.',
    none: 'No open incidents.',
    viewAll: 'See all incidents',
  },
  errors: {
    futureSession:
      'This session has not happened yet. Report an incident from the session where it happened.',
    statusMove: 'The incident cannot move to that status from where it is now.',
  },
} as const;
