import { useTranslation } from '../i18n/use-translation';
import { checkPassword } from '../../shared/domain/password';

interface PasswordChecklistProps {
  id?: string;
  password: string;
  username: string;
}

/** The password rules, ticked off as the user types. */
export function PasswordChecklist({ id, password, username }: PasswordChecklistProps) {
  const { t } = useTranslation();
  return (
    <div className="password-checklist" id={id}>
      <p className="password-checklist__title">{t('common.passwordRulesTitle')}</p>
      <ul>
        {checkPassword(password, username).map(({ rule, isMet }) => (
          <li key={rule} className={isMet ? 'is-met' : 'is-unmet'} data-rule={rule}>
            <span className="password-checklist__mark" aria-hidden="true">
              {isMet ? '✓' : '○'}
            </span>
            {t(`passwordRules.${rule}`)}
            <span className="visually-hidden">
              {' '}
              ({isMet ? t('common.ruleMet') : t('common.ruleNotMet')})
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
