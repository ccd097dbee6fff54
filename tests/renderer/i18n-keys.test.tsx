import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { en } from '../../shared/i18n/en';

const RENDERER = path.join(__dirname, '../../renderer');
// Keys are also named by the main side (error and audit keys) and shared code (zod messages).
const KEY_USERS = ['renderer', 'shared', 'main'].map((dir) => path.join(__dirname, '../..', dir));
const CATALOGUES = path.join(__dirname, '../../shared/i18n');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

function leafKeys(node: object, prefix = ''): string[] {
  return Object.entries(node).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leafKeys(value as object, `${prefix}${key}.`),
  );
}

const englishKeys = new Set(leafKeys(en));
const withoutPluralSuffix = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
/** 'a.b.c' → ['a', 'a.b']. */
const ancestors = (key: string) =>
  key
    .split('.')
    .slice(0, -1)
    .map((_, index, parts) => parts.slice(0, index + 1).join('.'));
const hasKey = (key: string) =>
  englishKeys.has(key) || englishKeys.has(`${key}_one`) || englishKeys.has(`${key}_other`);

describe('UI strings', () => {
  it('every literal t("…") key used by the renderer exists in the English catalogue', () => {
    const missing = sourceFiles(RENDERER).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return [...text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)]
        .map((match) => match[1]!)
        .filter((key) => !hasKey(key))
        .map((key) => `${path.relative(RENDERER, file)}: ${key}`);
    });
    expect(missing).toEqual([]);
  });

  it('every key of the English catalogue is used somewhere (the other catalogues mirror it)', () => {
    const source = KEY_USERS.flatMap(sourceFiles)
      .filter((file) => !file.startsWith(CATALOGUES))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const quoted = new Set([...source.matchAll(/['"`]([a-zA-Z0-9_.-]+)['"`]/g)].map((m) => m[1]!));
    /*
     * Keys built at run time count as used through their prefix, which the code names itself:
     * `enums.focus.${focus}` (a template literal) or labels="printRota.rota.columns" (a quoted
     * namespace handed to a component that appends the column). A quoted namespace must have two
     * levels and be a subtree of the catalogue, so a bare word ('errors') cannot excuse a key.
     */
    const subtrees = new Set([...englishKeys].flatMap((key) => ancestors(key)));
    const dynamic = [
      ...[...source.matchAll(/`([a-zA-Z0-9_.-]+)\.\$\{/g)].map((m) => m[1]!),
      ...[...quoted].filter((text) => text.includes('.') && subtrees.has(text)),
    ];
    const unused = [...new Set([...englishKeys].map(withoutPluralSuffix))].filter(
      (key) => !quoted.has(key) && !ancestors(key).some((prefix) => dynamic.includes(prefix)),
    );
    expect(unused).toEqual([]);
  });
});
