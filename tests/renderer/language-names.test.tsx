import { appLanguageOptions } from '../../renderer/ui/options';
import { languageName, spokenLanguageOptions } from '../../renderer/ui/language-names';

describe('languages by name', () => {
  it('names the app languages in the UI language', () => {
    expect(appLanguageOptions('en')).toEqual([
      { value: 'en', label: 'English' },
      { value: 'es', label: 'Spanish' },
      { value: 'fr', label: 'French' },
      { value: 'ar', label: 'Arabic' },
    ]);
    expect(appLanguageOptions('es').map((o) => o.label)).toEqual([
      'inglés',
      'español',
      'francés',
      'árabe',
    ]);
    expect(appLanguageOptions('ar').map((o) => o.label)).toContain('العربية');
  });

  it('offers spoken languages by name, sorted the way the UI language sorts', () => {
    const labels = spokenLanguageOptions('es').map((o) => o.label);
    expect(labels).toContain('árabe');
    expect(labels.indexOf('árabe')).toBeLessThan(labels.indexOf('bengalí'));
    expect(spokenLanguageOptions('en', ['cy']).map((o) => o.value)).toContain('cy');
  });

  it('sorts them once per UI language, and a caller changing its copy changes no other', () => {
    const first = spokenLanguageOptions('fr');
    const collators = jest.spyOn(Intl, 'Collator');
    try {
      first[0]!.label = 'changed';
      first.pop();
      const again = spokenLanguageOptions('fr');
      expect(collators).not.toHaveBeenCalled();
      expect(again).toHaveLength(first.length + 1);
      expect(again[0]!.label).not.toBe('changed');
    } finally {
      collators.mockRestore();
    }
  });

  it('keeps a code Intl cannot name as it is', () => {
    expect(languageName('pt-BR', 'en')).toBe('Brazilian Portuguese');
    expect(languageName('not a code', 'en')).toBe('not a code');
  });
});
