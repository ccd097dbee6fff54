import type { Catalogue } from '../en';

// Arabic messages of the 'resources' block (issue 12: still English until translated). Spread into ar.ts.
export const resources: Catalogue['resources'] = {
  title: 'Referral resources',
  intro:
    'Crisis lines and local services to pass on when a group is not enough. They print on the resource sheet, in every session plan and at the print station.',
  new: 'Add a resource',
  newTitle: 'Add a referral resource',
  editTitle: 'Change “{{name}}”',
  editNamed: 'Edit {{name}}',
  save: 'Save resource',
  printSheet: 'Print the resource sheet',
  emptyTitle: 'No referral resources yet',
  emptyText:
    'Add your local crisis line first, then the services people ask about: a food bank, the out-of-hours doctor, support for carers or after a death.',
  tableCaption_one: '{{count}} referral resource, crisis lines first',
  tableCaption_other: '{{count}} referral resources, crisis lines first',
  crisisLine: 'Crisis line',
  whereColumn: 'Where',
  fields: {
    name: 'Name',
    purpose: 'What it is for',
    phone: 'Phone',
    hours: 'Hours',
    address: 'Address',
    website: 'Website',
    isCrisisLine: 'Crisis line',
  },
  hints: {
    purpose: 'One line in plain words, such as “Someone to talk to, day or night”.',
    isCrisisLine:
      'For someone in danger or in crisis now. Crisis lines print first, in a box of their own.',
    hours: 'Such as “24 hours, every day” or “Mon–Fri 9:00–17:00”.',
    website: 'Starting with https:// or http://',
  },
  remove: 'Remove',
  removeNamed: 'Remove {{name}}',
  removeTitle: 'Remove “{{name}}”?',
  removeText:
    'It will no longer print on the resource sheet, the session plans or at the print station. It stays stored: you can restore it from this page.',
  removedTitle_one: '{{count}} removed resource',
  removedTitle_other: '{{count}} removed resources',
  removedIntro: 'These no longer print. Restore one to put it back on the sheet.',
  restore: 'Restore',
  restoreNamed: 'Restore {{name}}',
  sheet: {
    kicker: 'Referral resource sheet',
    title: 'Where to find help',
    contact: 'Questions? Ask us',
    crisisHeading: 'In a crisis',
    danger: 'If you or someone else is in danger now, call one of these lines.',
    othersHeading: 'Other help and local services',
    service: 'Service',
    phone: 'Phone',
    hours: 'When',
    where: 'Where',
    printed: 'Printed {{date}}. Numbers and opening hours change: check before you rely on them.',
    none: 'Ask a member of staff about local services.',
    noneScreen:
      'There is nothing to print yet: add the crisis lines and services on the Referral resources screen.',
  },
};
