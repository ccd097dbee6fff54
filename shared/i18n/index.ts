import type { Language } from '../domain/fields';
import { en, type Catalogue } from './en';
import { es } from './es';
import { fr } from './fr';
import { ar } from './ar';

export type { Catalogue };
export const catalogues: Record<Language, Catalogue> = { en, es, fr, ar };

/** Minimal lookup for non-React callers (the CLI); the renderer uses i18next on the same data. */
export function translate(
  language: Language,
  key: string,
  params: Record<string, string | number> = {},
): string {
  const found = key
    .split('.')
    .reduce<unknown>(
      (node, part) =>
        node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined,
      catalogues[language],
    );
  const text = typeof found === 'string' ? found : key;
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? `{{${name}}}`));
}
