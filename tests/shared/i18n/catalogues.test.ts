import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ERROR_CODES } from '../../../shared/api/errors';
import { checkPassword } from '../../../shared/domain/password';
import { en } from '../../../shared/i18n/en';
import { es } from '../../../shared/i18n/es';
import { translate } from '../../../shared/i18n';

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

describe('the message catalogues', () => {
  const english = leaves(en);
  const spanish = leaves(es);

  it('give Spanish exactly the keys of English', () => {
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('leave no English text untranslated in Spanish', () => {
    const keptInEnglish = new Set([
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
    ]);
    const untranslated = [...english].filter(
      ([key, text]) => !keptInEnglish.has(key) && spanish.get(key) === text,
    );
    expect(untranslated).toEqual([]);
  });

  it('have no empty texts', () => {
    for (const [key, text] of [...english, ...spanish]) {
      expect({ key, isEmpty: text.trim() === '' }).toEqual({ key, isEmpty: false });
    }
  });

  it('keep every {{placeholder}} of English in Spanish, and add none', () => {
    for (const [key, text] of english) {
      expect({ key, params: placeholders(spanish.get(key) ?? '') }).toEqual({
        key,
        params: placeholders(text),
      });
    }
  });

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
