// The default ground rules (DESIGN §3, issue 11): which rules a group starts from, by its focus
// and format. Only the choice lives here; the words are in the `ruleTemplates` i18n block, so a
// printout or a form fills them in whatever language it is written in.
import type { GroupFields, GroupFocus, GroupFormat } from '../domain/groups';

/** Every group, whatever it is about: the rules most peer support groups share. */
const EVERY_GROUP = [
  'confidentiality',
  'ownExperience',
  'noCrossTalk',
  'noAdvice',
  'respect',
  'passAllowed',
  'phonesAway',
] as const;

/** What a group about this subject adds: the things its meetings most often trip over. */
const BY_FOCUS = {
  addiction_recovery: ['comeSober', 'noUsingStories'],
  grief: ['noComparingLosses', 'feelingsWelcome'],
  chronic_illness: ['noMedicalAdvice', 'listenToYourBody'],
  caregivers: ['allFeelingsAllowed', 'privacyOfThoseCaredFor'],
  trauma: ['noGraphicDetail', 'stepOutAnyTime'],
  mental_health: ['noDiagnosing', 'stepOutAnyTime'],
  parenting: ['noJudgingParents', 'childrensPrivacy'],
  other: [],
} as const satisfies Record<GroupFocus, readonly string[]>;

/** Meeting on a call brings its own risks: strangers, recordings, things posted in the chat. */
const ONLINE = [
  'waitingRoom',
  'noRecording',
  'privatePlace',
  'disruptionRemoval',
  'harmfulContent',
] as const;

/** People in the room and on the call are one group. */
const HYBRID_ONLY = ['includeOnline'] as const;

/** Last, so it is the rule people remember: where to turn if someone is not safe. */
const CRISIS = 'crisis';

export type GroundRuleKey =
  | (typeof EVERY_GROUP)[number]
  | (typeof BY_FOCUS)[GroupFocus][number]
  | (typeof ONLINE)[number]
  | (typeof HYBRID_ONLY)[number]
  | typeof CRISIS;

/** The default rules of a group, in the order they are read out. */
export function defaultGroundRules(focus: GroupFocus, format: GroupFormat): GroundRuleKey[] {
  return [
    ...EVERY_GROUP,
    ...BY_FOCUS[focus],
    ...(format === 'in_person' ? [] : ONLINE),
    ...(format === 'hybrid' ? HYBRID_ONLY : []),
    CRISIS,
  ];
}

/** "1. ", "2) ", "- ", "• ": the numbering people type, which the poster numbers itself. */
const LIST_MARKER = /^\s*(?:[-*•·–]|\d{1,2}[.)])\s+/;

/** A group's own rules as typed in its form: one rule a line, blank lines and numbering dropped. */
export function splitGroundRules(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(LIST_MARKER, '').trim())
    .filter((line) => line !== '');
}

export type GroundRules =
  /** The group's own words, one rule each. */
  | { source: 'group'; rules: string[] }
  /** None typed yet: the default rules for its focus and format, to be put into words. */
  | { source: 'template'; keys: GroundRuleKey[] };

/** What a group's poster and session plan read out: its own rules, or else the defaults. */
export function groundRulesOf(
  group: Pick<GroupFields, 'groundRules' | 'focus' | 'format'>,
): GroundRules {
  const rules = splitGroundRules(group.groundRules);
  return rules.length > 0
    ? { source: 'group', rules }
    : { source: 'template', keys: defaultGroundRules(group.focus, group.format) };
}
