// `useTranslation()` as react-i18next has it ({ t, i18n }), for the app's hundreds of components.
// react-i18next's own copies the i18next instance (every property) for each component that
// mounts, to hand out a wrapper: on a large centre's dashboard that was milliseconds of each
// visit, spent before anything showed. Here every component of an instance shares one
// { t, i18n }, made again when the language changes, so they all draw again in the new one.
import { useContext, useSyncExternalStore } from 'react';
import { getI18n, I18nContext } from 'react-i18next';
import type { i18n as I18n, TFunction } from 'i18next';

export interface Translation {
  t: TFunction;
  i18n: I18n;
}

interface TranslationStore {
  current: Translation;
  subscribe: (onChange: () => void) => () => void;
}

const stores = new WeakMap<I18n, TranslationStore>();

const translationOf = (i18n: I18n): Translation => ({
  t: i18n.getFixedT(null, 'translation'),
  i18n,
});

function storeOf(i18n: I18n): TranslationStore {
  const known = stores.get(i18n);
  if (known) return known;
  const listeners = new Set<() => void>();
  const store: TranslationStore = {
    current: translationOf(i18n),
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
  i18n.on('languageChanged', () => {
    store.current = translationOf(i18n);
    for (const listener of listeners) listener();
  });
  stores.set(i18n, store);
  return store;
}

/** The translation function and instance of the nearest I18nextProvider (else the global one). */
export function useTranslation(): Translation {
  const store = storeOf(useContext(I18nContext)?.i18n ?? getI18n());
  return useSyncExternalStore(store.subscribe, () => store.current);
}
