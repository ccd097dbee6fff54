// English messages of the 'printSession' block (issue 11): the printables of one meeting (sign-in
// sheet, session plan, everything for tonight), their session picker and the print buttons.
export const printSession = {
  subject: {
    session: 'Meeting',
    choose: 'Choose a meeting',
    chooseTitle: 'Choose a meeting to print for',
    chooseText:
      'Pick the meeting above. The list shows the next four weeks; to print for another meeting, open it from the calendar and use its print button.',
  },
  buttons: {
    tonight: 'Print everything for this meeting',
  },
  header: {
    online: 'Online',
    onlineToo: '{{place}}, and online',
    timeRange: '{{start}} to {{end}}',
  },
  signIn: {
    title: 'Sign-in sheet',
    confidentiality:
      'What is said here stays here. Who you see here, and what you hear, stays here too.',
    anonymousNote:
      'Please write a first name or an alias only. This sheet is used to count how many people came; the facilitator keeps it safe.',
    namedNote:
      'The names printed here agreed to be on this group’s list. Anyone may ask a facilitator to be taken off it. Newcomers: a first name or an alias is enough.',
    columns: {
      number: 'No.',
      name: 'First name or alias',
      here: 'Here tonight',
      firstTime: 'First time here?',
    },
  },
  plan: {
    title: 'Session plan',
    forFacilitators: 'For the facilitators: not to hand out.',
    facilitators: 'Facilitating',
    noFacilitators: 'Nobody is named yet: ask the coordinator.',
    order: 'Running order',
    opening: 'Opening',
    groundRules: 'Ground rules',
    groundRulesMore: 'Read the full ground rules poster aloud.',
    checkIn: 'Check-in',
    topic: 'Topic',
    topicHint: 'Tonight’s topic or reading, and a question to open it:',
    closing: 'Closing',
    referrals: 'Referral contacts',
    crisisLine: 'crisis line',
    referralSheet: 'See the referral resource sheet for more services.',
    noReferrals: 'See the referral resource sheet for crisis lines and services.',
    incident: 'If something goes wrong',
    incidentSteps: {
      calm: 'Stay calm. Safety comes first: you may pause or end the meeting.',
      danger: 'If anyone is in danger, call the emergency services now.',
      crisis:
        'If someone is in crisis, stay with them and call a crisis line with them (see the referral contacts).',
      record:
        'Tell your co-facilitator or the coordinator. Afterwards, record it in Circlekeeper as an incident.',
    },
    afterwards:
      'After the meeting: record the headcount, the newcomers and your hours in Circlekeeper.',
    defaultRules: {
      confidential: 'What is said here stays here.',
      oneAtATime: 'One person speaks at a time.',
      ownExperience: 'Speak from your own experience.',
      noAdvice: 'No advice unless someone asks for it.',
      phones: 'Phones on silent and put away.',
    },
  },
} as const;
