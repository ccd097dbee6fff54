import { useTranslation } from '../i18n/use-translation';
import { HOURS_PERIODS } from '../../shared/domain/hours';
import { useDateLocale } from '../i18n/date-locale';
import { DateInputField } from '../ui/DateTimeFields';
import { formatCivilDate } from '../ui/format';
import { enumOptions } from '../ui/options';
import { SelectField } from '../ui/SelectField';
import type { HoursPeriodState } from './use-hours-period';

/** A preset period (this month, last month, this year, last year) or two dates of one's own. */
export function PeriodPicker({ state }: { state: HoursPeriodState }) {
  const { t } = useTranslation();
  const locale = useDateLocale();
  const { choice, period, isBackwards, choose } = state;
  const isCustom = choice.preset === 'custom';
  return (
    <div className="filter-bar hours-period">
      <SelectField
        label={t('hours.period.label')}
        value={choice.preset}
        onChange={(preset) => choose({ ...choice, preset: preset as typeof choice.preset })}
        options={enumOptions(HOURS_PERIODS, t, 'hours.period')}
      />
      {isCustom ? (
        <>
          <DateInputField
            label={t('hours.period.from')}
            value={choice.from}
            onChange={(from) => choose({ ...choice, from })}
          />
          <DateInputField
            label={t('hours.period.to')}
            value={choice.to}
            onChange={(to) => choose({ ...choice, to })}
            error={isBackwards ? t('validation.endBeforeStart') : undefined}
          />
        </>
      ) : (
        period && (
          <p className="hours-period__range">
            {t('hours.period.range', {
              from: formatCivilDate(period.from, locale),
              to: formatCivilDate(period.to, locale),
            })}
          </p>
        )
      )}
      {isCustom && !period && !isBackwards && (
        <p className="muted hours-period__range">{t('hours.period.incomplete')}</p>
      )}
    </div>
  );
}
