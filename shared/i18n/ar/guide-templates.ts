import type { Catalogue } from '../en';

// Arabic messages of the 'guideTemplates' block (issue 12: still English until translated). Spread into ar.ts.
export const guideTemplates: Catalogue['guideTemplates'] = {
  /** The group form's field and the group page. */
  form: {
    label: 'Facilitator guide',
    hint: 'Opening words, a check-in question and closing words, printed on the session plan. Leave it empty to use the default guide for the group’s focus.',
    start: 'Start the guide from the template',
    chooseFocus: 'Choose the group’s focus first: the template depends on it.',
    replaceTitle: 'Replace the text with the template?',
    replaceText: 'What is in “{{field}}” now is replaced by the default text for this focus.',
    replace: 'Replace with the template',
    keep: 'Keep my text',
    empty: 'The default guide for this focus',
  },
  /** The guide's parts, also the label lines of a guide written in the group form. */
  sections: {
    opening: 'Opening',
    checkIn: 'Check-in',
    closing: 'Closing',
  },
  opening: {
    welcome:
      'Welcome, everyone, and thank you for coming. I am one of the facilitators tonight. We are not experts: we are here to keep time and to keep this a safe place.',
    confidentiality:
      'What is said here stays here. You do not have to speak: listening is fine too.',
  },
  focus: {
    addiction_recovery:
      'This group is for anyone who wants to stop or cut down drinking or using, or to stay in recovery. Whatever brought you here, you are welcome.',
    grief:
      'This group is for anyone living with the loss of someone close. There is no right way to grieve, and no timetable.',
    chronic_illness:
      'This group is for people living with a long-term illness. Take a break, stand or stretch whenever you need to.',
    caregivers:
      'This group is for people who look after someone else. For this hour, the time is yours.',
    trauma:
      'This group is for people who have been through hard things. Share only what feels right. You may step out at any time, and nobody will ask why.',
    mental_health:
      'This group is for anyone finding life hard with their mental health. You are not alone in this.',
    parenting:
      'This group is for parents and carers of children. Nobody here is a perfect parent: we learn from each other.',
    other: 'This group is a place to share and to listen, with people who understand.',
  },
  checkIn: {
    addiction_recovery:
      'Tell us your first name and how your week has been. If you like, say one thing that helped you.',
    grief:
      'Tell us your first name and, if you wish, the name of the person you are missing and how you are today.',
    chronic_illness: 'Tell us your first name and how you are feeling today, in body and in mind.',
    caregivers:
      'Tell us your first name and, if you wish, who you look after, and one thing you did for yourself this week.',
    trauma:
      'Tell us your first name and, in one word, how you are arriving today. Passing is always fine.',
    mental_health:
      'Tell us your first name and how you have been since we last met. A number from 1 to 10 is fine too.',
    parenting:
      'Tell us your first name and one moment with your child this week, a hard one or a good one.',
    other: 'Tell us your first name and how you are doing today.',
  },
  closing: {
    thanks:
      'Thank you all for what you shared and for listening to each other. Please leave what you heard here in this room.',
    support:
      'If you need more support before we meet again, the referral sheet has numbers you can call, and you can talk to a facilitator after the meeting. Take care on your way home.',
  },
};
