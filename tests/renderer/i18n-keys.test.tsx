import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { en } from '../../shared/i18n/en';

const RENDERER = path.join(__dirname, '../../renderer');

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
});
