import type { Catalogue } from '../en';

// Arabic messages of the 'ruleTemplates' block (issue 12: still English until translated). Spread into ar.ts.
export const ruleTemplates: Catalogue['ruleTemplates'] = {
  rules: {
    confidentiality: 'Who you see here and what you hear here stays here.',
    ownExperience: 'Speak from your own experience. Say "I", not "you" or "everyone".',
    noCrossTalk:
      'One person speaks at a time. We listen without interrupting or commenting on what others share.',
    noAdvice: 'No advice unless someone asks for it. We share what helped us instead.',
    respect: 'Treat everyone with respect, whatever their background, beliefs or choices.',
    passAllowed: 'You never have to speak. Saying "I\'ll pass" is always fine.',
    phonesAway: 'Phones on silent and put away during the meeting.',
    comeSober:
      'Please come without alcohol or drugs in your system. If you slip, you are always welcome back.',
    noUsingStories:
      'Talk about your recovery without detailed stories of using: they can be hard for others to hear.',
    noComparingLosses: "Every loss is different. We do not compare or rank each other's grief.",
    feelingsWelcome: 'Tears, laughter and silence are all welcome here.',
    noMedicalAdvice:
      'We share experience, not medical advice. Talk to your own doctor or nurse before changing any treatment.',
    listenToYourBody: 'Sit, stand, stretch or step out whenever your body needs to.',
    allFeelingsAllowed: 'All feelings are allowed here, including tiredness, anger and guilt.',
    privacyOfThoseCaredFor:
      'Protect the people you care for: leave out their full names and anything that could identify them.',
    noGraphicDetail:
      'Share only what you choose, without graphic detail. Others may be affected by what they hear.',
    stepOutAnyTime:
      'You can step out at any time. A facilitator can check on you if you would like.',
    noDiagnosing: "We do not diagnose each other or comment on anyone's medication or treatment.",
    noJudgingParents: "No judging each other's parenting: every family is different.",
    childrensPrivacy: "Keep children's names and stories private.",
    waitingRoom:
      'We use a waiting room: the host lets people in and checks they are here for this group.',
    noRecording: 'No recording, photos or screenshots of the meeting or the chat, by anyone.',
    privatePlace:
      'Join from a private place, or use headphones, so no one else sees or hears the meeting. Cameras are welcome but not required.',
    disruptionRemoval:
      'If someone disrupts the meeting, the host reminds them of these rules once. If it goes on, the host removes them from the call.',
    harmfulContent:
      'Hurtful, sexual or violent messages or images are deleted straight away and whoever sent them is removed. If you see something, tell the host privately.',
    includeOnline:
      'In the room, speak towards the microphone so everyone on the call can hear and take part.',
    crisis:
      "If you are in crisis, or worried about someone's safety, tell a facilitator. The referral sheet lists crisis lines you can call.",
  },
  form: {
    fill: 'Start the ground rules from the template',
    fillHint:
      'Fills in the usual ground rules for this focus and format. Change them as the group wishes.',
    replaceTitle: 'Replace these ground rules?',
    replaceText:
      'The ground rules already typed here will be replaced by the template. Nothing is saved until you save the group.',
    replace: 'Replace with the template',
  },
};
