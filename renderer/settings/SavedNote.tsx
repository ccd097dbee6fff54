import { useTranslation } from 'react-i18next';
import { StatusNote } from '../ui/Alert';

/** "Saved." after a successful save, announced politely. */
export function SavedNote({ isShown }: { isShown: boolean }) {
  const { t } = useTranslation();
  return isShown ? <StatusNote>{t('common.saved')}</StatusNote> : null;
}
