import { GROUP_FOCUSES, GROUP_FORMATS } from '../../../shared/domain/groups';
import { en } from '../../../shared/i18n/en';
import { es } from '../../../shared/i18n/es';
import {
  defaultGroundRules,
  groundRulesOf,
  splitGroundRules,
} from '../../../shared/templates/ground-rules';

const EVERY_GROUP = ['confidentiality', 'noCrossTalk', 'noAdvice', 'phonesAway', 'ownExperience'];
const ONLINE_EXTRAS = [
  'waitingRoom',
  'noRecording',
  'privatePlace',
  'disruptionRemoval',
  'harmfulContent',
];

describe('default ground rules', () => {
  it.each(GROUP_FOCUSES)(
    'give a %s group the shared rules, ending with the crisis step',
    (focus) => {
      const rules = defaultGroundRules(focus, 'in_person');
      expect(rules).toEqual(expect.arrayContaining([...EVERY_GROUP, 'respect']));
      expect(rules.at(-1)).toBe('crisis');
      expect(new Set(rules).size).toBe(rules.length);
      expect(rules.filter((rule) => ONLINE_EXTRAS.includes(rule))).toEqual([]);
    },
  );

  it('add the rules each focus needs, and none for "other"', () => {
    const extras = (focus: (typeof GROUP_FOCUSES)[number]) =>
      defaultGroundRules(focus, 'in_person').filter(
        (rule) => !defaultGroundRules('other', 'in_person').includes(rule),
      );
    expect(extras('addiction_recovery')).toEqual(['comeSober', 'noUsingStories']);
    expect(extras('grief')).toEqual(['noComparingLosses', 'feelingsWelcome']);
    expect(extras('chronic_illness')).toEqual(['noMedicalAdvice', 'listenToYourBody']);
    expect(extras('caregivers')).toEqual(['allFeelingsAllowed', 'privacyOfThoseCaredFor']);
    expect(extras('trauma')).toEqual(['noGraphicDetail', 'stepOutAnyTime']);
    expect(extras('mental_health')).toEqual(['noDiagnosing', 'stepOutAnyTime']);
    expect(extras('parenting')).toEqual(['noJudgingParents', 'childrensPrivacy']);
  });

  it('add the online rules for online and hybrid groups, and the room-and-call rule for hybrid', () => {
    const online = defaultGroundRules('grief', 'online');
    const hybrid = defaultGroundRules('grief', 'hybrid');
    expect(online).toEqual(expect.arrayContaining(ONLINE_EXTRAS));
    expect(online).not.toContain('includeOnline');
    expect(hybrid).toEqual(expect.arrayContaining([...ONLINE_EXTRAS, 'includeOnline']));
    expect(online.at(-1)).toBe('crisis');
    expect(hybrid.at(-1)).toBe('crisis');
  });

  it('have words in English and Spanish for every rule of every focus and format', () => {
    for (const focus of GROUP_FOCUSES) {
      for (const format of GROUP_FORMATS) {
        for (const key of defaultGroundRules(focus, format)) {
          expect(en.ruleTemplates.rules[key]).toMatch(/\S/);
          expect(es.ruleTemplates.rules[key]).toMatch(/\S/);
        }
      }
    }
  });
});

describe('a group’s ground rules', () => {
  it('are its own rules, one a line, when it has typed any', () => {
    expect(
      groundRulesOf({
        groundRules:
          '1. What is said here stays here.\n\n- One at a time.\r\n  • Be kind.  \n2) Pass',
        focus: 'grief',
        format: 'online',
      }),
    ).toEqual({
      source: 'group',
      rules: ['What is said here stays here.', 'One at a time.', 'Be kind.', 'Pass'],
    });
  });

  it('are the template for its focus and format when it has none', () => {
    expect(groundRulesOf({ groundRules: ' \n \n', focus: 'trauma', format: 'hybrid' })).toEqual({
      source: 'template',
      keys: defaultGroundRules('trauma', 'hybrid'),
    });
  });

  it('keep a number that is part of the rule itself', () => {
    expect(splitGroundRules('12 steps are read at the start.\n2024 was our first year.')).toEqual([
      '12 steps are read at the start.',
      '2024 was our first year.',
    ]);
  });
});
