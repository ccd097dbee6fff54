// Languages are chosen and shown by name, in the UI language ("Spanish", "árabe"), never by code.
import { collator, displayNames } from './intl-cache';
import type { SelectOption } from './SelectField';

/**
 * Languages support groups commonly meet in, offered in the picker. Codes already on a group
 * (any valid BCP-47 tag, such as pt-BR) are offered too, so nothing stored is hidden.
 */
const OFFERED_LANGUAGES = [
  'en',
  'es',
  'ar',
  'fr',
  'pt',
  'pt-BR',
  'zh',
  'yue',
  'hi',
  'ur',
  'bn',
  'pa',
  'gu',
  'ta',
  'ne',
  'pl',
  'ro',
  'ru',
  'uk',
  'tr',
  'ku',
  'fa',
  'ps',
  'so',
  'am',
  'ti',
  'sw',
  'yo',
  'ig',
  'ha',
  'vi',
  'tl',
  'ko',
  'ja',
  'th',
  'my',
  'it',
  'de',
  'el',
  'sq',
  'he',
  'ht',
  'ase',
  'bfi',
];

/** A language code's name in `uiLanguage`; the code itself when Intl does not know it. */
export function languageName(code: string, uiLanguage: string): string {
  try {
    return displayNames(uiLanguage, { type: 'language', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

const sortedOptions = new Map<string, readonly SelectOption[]>();

/**
 * Every offered language plus `alsoInclude`, by name, sorted as the UI language sorts. Worked
 * out once per UI language and extra codes: the volunteer list's filter bar asks on every draw.
 */
export function spokenLanguageOptions(
  uiLanguage: string,
  alsoInclude: readonly string[] = [],
): SelectOption[] {
  const key = `${uiLanguage}|${alsoInclude.join(',')}`;
  let options = sortedOptions.get(key);
  if (!options) {
    const byName = collator(uiLanguage);
    options = [...new Set([...OFFERED_LANGUAGES, ...alsoInclude])]
      .map((code) => ({ value: code, label: languageName(code, uiLanguage) }))
      .sort((a, b) => byName.compare(a.label, b.label));
    sortedOptions.set(key, options);
  }
  return options.map((option) => ({ ...option }));
}
