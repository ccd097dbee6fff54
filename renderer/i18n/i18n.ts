// i18next over the shared catalogues. The chosen language is remembered on this computer only
// (it is a display preference, not data) and drives <html lang dir>.
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../../shared/domain/fields';
import { catalogues } from '../../shared/i18n';

export const LANGUAGE_STORAGE_KEY = 'circlekeeper.language';

/** Each language is offered under its own name, so anyone can find theirs. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  ar: 'العربية',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function readStoredLanguage(): Language | null {
  try {
    const stored = localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : null;
  } catch {
    return null;
  }
}

export function initialLanguage(): Language {
  const stored = readStoredLanguage();
  if (stored) return stored;
  const browser = navigator.language.slice(0, 2).toLowerCase();
  return isLanguage(browser) ? browser : 'en';
}

function applyToDocument(instance: I18n, language: string): void {
  document.documentElement.lang = language;
  document.documentElement.dir = instance.dir(language);
}

export function setUpI18n(language: Language = initialLanguage()): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    resources: Object.fromEntries(
      LANGUAGES.map((code) => [code, { translation: catalogues[code] }]),
    ),
    // React escapes text already.
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  applyToDocument(instance, language);
  instance.on('languageChanged', (next) => applyToDocument(instance, next));
  return instance;
}

export function chooseLanguage(instance: I18n, language: Language): void {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // A locked-down profile may refuse storage; the choice still applies to this visit.
  }
  void instance.changeLanguage(language);
}

/** The current UI language as one of ours (i18next may report a region variant). */
export function currentLanguage(instance: I18n): Language {
  const code = instance.resolvedLanguage ?? instance.language;
  return isLanguage(code) ? code : 'en';
}
