import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { Button } from '../ui/Button';
import { PreLoginLayout } from './PreLoginLayout';

/**
 * The data folder holds a database whose key file is missing or damaged. Nobody can sign in and
 * setup must not run over the data: say what happened and how to put it right, then look again.
 */
export function KeyFileProblemScreen({ onCheckAgain }: { onCheckAgain: () => Promise<void> }) {
  const { t } = useTranslation();
  const [isChecking, setIsChecking] = useState(false);
  const checkAgain = () => {
    setIsChecking(true);
    void onCheckAgain().finally(() => setIsChecking(false));
  };
  return (
    <PreLoginLayout title={t('keyFileProblem.title')} intro={t('keyFileProblem.intro')}>
      <div role="alert" className="alert alert--error">
        {t('keyFileProblem.nothingChanged')}
      </div>
      <h2>{t('keyFileProblem.whatToDo')}</h2>
      <ol>
        <li>{t('keyFileProblem.putBack')}</li>
        <li>{t('keyFileProblem.restore')}</li>
        <li>{t('keyFileProblem.askForHelp')}</li>
      </ol>
      <div className="form__actions">
        <Button variant="primary" isDisabled={isChecking} onPress={checkAgain}>
          {t('keyFileProblem.checkAgain')}
        </Button>
      </div>
    </PreLoginLayout>
  );
}
