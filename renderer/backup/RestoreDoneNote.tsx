import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { useDateLocale } from '../i18n/date-locale';
import { StatusNote } from '../ui/Alert';
import { formatInstant } from './backup-words';
import { takeRestoreNotice } from './restore-notice';

/** On the sign-in screen right after a restore: it worked, and from when the data is. */
export function RestoreDoneNote() {
  const { t } = useTranslation();
  const locale = useDateLocale();
  const [done] = useState(takeRestoreNotice);
  if (!done) return null;
  return (
    <StatusNote>{t('restore.done', { when: formatInstant(done.createdAt, locale) })}</StatusNote>
  );
}
