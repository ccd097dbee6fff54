import { useTranslation } from '../i18n/use-translation';
import { ToggleButton } from 'react-aria-components';
import { LANGUAGES } from '../../shared/domain/fields';
import { chooseLanguage, currentLanguage, LANGUAGE_NAMES } from '../i18n/i18n';

// Each button names its language in that language ("English", "Español"), so someone who cannot
// read the current one still finds theirs. No group label: form fields elsewhere own "Language".
export function LanguageSwitcher() {
  const { i18n } = useTranslation();
  const active = currentLanguage(i18n);
  return (
    <div className="language-switcher">
      {LANGUAGES.map((code) => (
        <ToggleButton
          key={code}
          lang={code}
          className="language-switcher__button"
          isSelected={code === active}
          onChange={() => chooseLanguage(i18n, code)}
        >
          {LANGUAGE_NAMES[code]}
        </ToggleButton>
      ))}
    </div>
  );
}
