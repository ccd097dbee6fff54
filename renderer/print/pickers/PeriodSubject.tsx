import { useTranslation } from '../../i18n/use-translation';
import { DateInputField } from '../../ui/DateTimeFields';
import { usePrint } from '../print-context';

interface PeriodSubjectProps {
  period: { from: string; to: string };
  /** The printable's own rule on the end date (the rota's three months), already translated. */
  toError?: string;
}

/**
 * From and to dates for a printable of a period (rota, funder report), kept in the address.
 * `period` is what the printable prints when the address has none (its default period). Labels
 * are in the screen's language: only the printout follows the printout's language.
 */
export function PeriodSubject({ period, toError }: PeriodSubjectProps) {
  const { t } = useTranslation();
  const { setSearch } = usePrint();
  const isBackwards = period.to < period.from;
  return (
    <>
      <DateInputField
        label={t('print.subject.from')}
        value={period.from}
        onChange={(value) => setSearch({ from: value || undefined })}
      />
      <DateInputField
        label={t('print.subject.to')}
        value={period.to}
        onChange={(value) => setSearch({ to: value || undefined })}
        error={isBackwards ? t('validation.endBeforeStart') : toError}
      />
    </>
  );
}
