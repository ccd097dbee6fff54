import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ERROR_CODES } from '../../../shared/api/errors';
import { checkPassword } from '../../../shared/domain/password';
import { en } from '../../../shared/i18n/en';
import { catalogues, translate } from '../../../shared/i18n';
import { LANGUAGES, type Language } from '../../../shared/domain/fields';

const ROOT = path.resolve(__dirname, '../../..');

/** Every leaf of a catalogue as `dotted.key → text`. */
function leaves(node: object, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(node)) {
    const dotted = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') found.set(dotted, value);
    else for (const [k, v] of leaves(value as object, dotted)) found.set(k, v);
  }
  return found;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Message keys written out as string literals in the main and shared source. */
function messageKeysInSource(): Map<string, string> {
  const keys = new Map<string, string>();
  for (const file of ['main', 'shared'].flatMap((dir) => sourceFiles(path.join(ROOT, dir)))) {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/['"`]((?:errors|validation)\.[A-Za-z_]+)['"`]/g)) {
      keys.set(match[1]!, path.relative(ROOT, file));
    }
  }
  return keys;
}

const PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
const PLURAL_SUFFIX = new RegExp(`_(${PLURAL_FORMS.join('|')})$`);

/** `a.b_few` → `a.b`: the key a plural form belongs to. */
const baseOf = (key: string) => key.replace(PLURAL_SUFFIX, '');

/** The plural keys of a catalogue: base → the forms it has. */
function pluralForms(found: Map<string, string>, englishPlurals: Set<string>) {
  const forms = new Map<string, string[]>();
  for (const key of found.keys()) {
    const base = baseOf(key);
    if (!englishPlurals.has(base)) continue;
    forms.set(base, [...(forms.get(base) ?? []), key.slice(base.length + 1)].sort());
  }
  return forms;
}

/**
 * Languages whose every text has been translated, and whose plural forms are all there. A
 * language joins once its translation lands; until then it may still hold English.
 */
const TRANSLATED: Language[] = ['es', 'fr', 'ar'];

/** Texts that stay the same in a language: a name, a code, no words at all. */
const KEPT_AS_IN_ENGLISH: Record<Exclude<Language, 'en'>, string[]> = {
  es: [
    // The CLI prints this line the same in every language, so scripts can pick the key out.
    'cli.recoveryKeyLine',
    // The same word in both languages, or no words at all.
    'app.name',
    'common.no',
    'enums.focus.trauma',
    'enums.paperSize.A4',
    'schedule.nthWeekday',
    'sessionRecord.details.hoursValue',
    'volunteers.availabilitySlot',
    'printGroup.subject.withStatus',
    // The meeting list's format letters: Presencial and Híbrido start with the same letters.
    'printLists.formats.in_person.letter',
    'printLists.formats.hybrid.letter',
  ],
  fr: [
    // The CLI prints this line the same in every language, so scripts can pick the key out.
    'cli.recoveryKeyLine',
    // A name, a code or a pattern with no words at all.
    'app.name',
    'enums.paperSize.A4',
    'schedule.nthWeekday',
    'volunteers.availabilitySlot',
    // French words spelt as in English.
    'cliHelp.values.options',
    'common.actions',
    'nav.menu',
    'nav.incidents',
    'recoverySheet.organisation',
    'recoverySheet.date',
    'groups.fields.format',
    'volunteers.sections.notes',
    'volunteers.fields.notes',
    'volunteerForm.sections.notes',
    'trainings.fields.description',
    'settings.organisationHeading',
    'facilitators.columns.actions',
    'audit.action',
    'audit.columns.action',
    'audit.filterFields.action',
    'audit.entities.organisation',
    'audit.entities.incident',
    'audit.entities.participant',
    'exportCsv.groups.format',
    'exportCsv.sessions.date',
    'exportCsv.sessions.format',
    // The same word in French and English.
    'closures.columns.dates',
    'closures.session.date',
    'calendar.groupSessions.date',
    'hours.columns.date',
    'printRota.rota.columns.date',
    'sessionRecord.needsRecord.columns.date',
    'sessionRecord.needsRecord.columns.action',
    'sessionRecord.participants.columns.actions',
    'sessionRecord.fields.notes',
    'sessionRecord.participants.title',
    'incidents.title',
    'incidents.report.heading',
    'incidents.list.caption',
    'incidents.detail.loadingTitle',
    'calendar.session.minutes_one',
    'calendar.session.minutes_other',
    'hours.total',
    'printGroup.flyer.facts.contact',
    'printLists.columns.format',
    'printLists.legend',
    'resources.sheet.service',
    // No words at all: only placeholders and punctuation.
    'calendar.period.week',
    'calendar.period.agenda',
    'incidents.detail.noteBy',
    'printGroup.subject.withStatus',
    // The meeting list's format letters: Présentiel and Hybride start with the same letters.
    'printLists.formats.in_person.letter',
    'printLists.formats.hybrid.letter',
  ],
  ar: [
    // The CLI prints this line the same in every language, so scripts can pick the key out.
    'cli.recoveryKeyLine',
    // The product's name and a paper code: no words to translate.
    'app.name',
    'enums.paperSize.A4',
    // No words at all: the group's name and its status in brackets.
    'printGroup.subject.withStatus',
  ],
};

describe('the message catalogues', () => {
  const english = leaves(en);
  const englishPlurals = new Set(
    [...english.keys()].filter((key) => key.endsWith('_other')).map(baseOf),
  );
  const others = LANGUAGES.filter((code) => code !== 'en').map(
    (code) => [code, leaves(catalogues[code])] as const,
  );

  it.each(others)('give %s the keys of English, plural forms aside', (_code, found) => {
    const bases = (keys: Iterable<string>) => [
      ...new Set([...keys].map((key) => (englishPlurals.has(baseOf(key)) ? baseOf(key) : key))),
    ];
    expect(bases(found.keys()).sort()).toEqual(bases(english.keys()).sort());
    // Only plurals may differ, and only by forms beside `_other`.
    const extra = [...found.keys()].filter((key) => !english.has(key));
    expect(extra.filter((key) => !englishPlurals.has(baseOf(key)))).toEqual([]);
  });

  it.each(LANGUAGES.map((code) => [code] as const))(
    'give %s every plural form its rules use, and no other',
    (code) => {
      const wanted = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
      const found = pluralForms(leaves(catalogues[code]), englishPlurals);
      expect(found.size).toBe(englishPlurals.size);
      for (const [base, forms] of found) {
        expect({ base, hasOther: forms.includes('other') }).toEqual({ base, hasOther: true });
        // `_zero` is i18next's own form for a count of 0, which any language may add.
        const allowed = new Set<string>([...wanted, 'zero']);
        const unused = forms.filter((form) => !allowed.has(form));
        expect({ base, unused }).toEqual({ base, unused: [] });
        if (code !== 'en' && !TRANSLATED.includes(code)) continue;
        const hasZero = english.has(`${base}_zero`) || wanted.includes('zero');
        const expected = [...new Set([...wanted, ...(hasZero ? ['zero'] : [])])].sort();
        expect({ base, forms }).toEqual({ base, forms: expected });
      }
    },
  );

  it.each(TRANSLATED.map((code) => [code] as const))(
    'leave no English text untranslated in %s',
    (code) => {
      const found = leaves(catalogues[code]);
      const kept = new Set(KEPT_AS_IN_ENGLISH[code as Exclude<Language, 'en'>]);
      const untranslated = [...english].filter(
        ([key, text]) => !kept.has(key) && found.get(key) === text,
      );
      expect(untranslated).toEqual([]);
    },
  );

  it.each(LANGUAGES.map((code) => [code] as const))('have no empty texts in %s', (code) => {
    for (const [key, text] of leaves(catalogues[code])) {
      expect({ key, isEmpty: text.trim() === '' }).toEqual({ key, isEmpty: false });
    }
  });

  it.each(others)('keep every {{placeholder}} of English in %s, and add none', (_code, found) => {
    for (const [key, text] of found) {
      // A plural form the English lacks (`_few`) is checked against `_other`.
      const reference = english.get(key) ?? english.get(`${baseOf(key)}_other`) ?? '';
      // A form for exactly one or two may say the number in words instead of {{count}}.
      const isExact = /_(zero|one|two)$/.test(key);
      const wanted = placeholders(reference).filter((name) => !(isExact && name === 'count'));
      const have = placeholders(text).filter((name) => !(isExact && name === 'count'));
      expect({ key, params: have }).toEqual({ key, params: wanted });
    }
  });

  // WCAG 2.5.3 (label in name): a button that shows "Rename" and is named "Rename Ana" for
  // screen readers must keep the shown words, or speech users cannot say what they see.
  it.each(LANGUAGES.map((code) => [code] as const))(
    'keep the shown words inside every "…Named" label in %s',
    (code) => {
      const found = leaves(catalogues[code]);
      const mismatched = [...found]
        .filter(([key]) => key.endsWith('Named') && found.has(key.slice(0, -'Named'.length)))
        .filter(([key, text]) => {
          const shown = found.get(key.slice(0, -'Named'.length))!;
          return !text.toLowerCase().includes(shown.toLowerCase());
        })
        .map(([key]) => key);
      expect(mismatched).toEqual([]);
    },
  );

  it('have a message for every error code', () => {
    for (const code of ERROR_CODES) expect(english.has(`errors.${code}`)).toBe(true);
  });

  it('have a message for every password rule', () => {
    for (const { rule } of checkPassword('', ''))
      expect(english.has(`passwordRules.${rule}`)).toBe(true);
  });

  it('have every message key that main/ and shared/ use', () => {
    const used = messageKeysInSource();
    expect(used.size).toBeGreaterThan(10);
    const missing = [...used].filter(([key]) => !english.has(key));
    expect(missing).toEqual([]);
  });

  it('translate with parameters filled in', () => {
    expect(translate('es', 'errors.locationInUse', { count: 3 })).toBe(
      'Este lugar lo usan 3 grupos. Muévalos primero.',
    );
    expect(translate('en', 'errors.no.such.key')).toBe('errors.no.such.key');
  });
});
