import { useWatch, type Control } from 'react-hook-form';
import { useTranslation } from '../i18n/use-translation';
import { MONTH_ORDINALS, parseRrule, WEEKDAYS } from '../../shared/schedule/rrule';
import { useDateLocale } from '../i18n/date-locale';
import {
  FormCheckboxGroupField,
  FormSelectField,
  FormTextField,
  FormTimeField,
} from '../ui/form-fields';
import { describeSchedule, weekdayName } from './describe-schedule';
import type { GroupFormValues } from './group-form-values';
import { rruleFromChoice } from './schedule-values';

/** How often, which days, what time, how long — and the result in words as you choose. */
export function ScheduleFields({ control }: { control: Control<GroupFormValues> }) {
  const { t, i18n } = useTranslation();
  const locale = useDateLocale();
  const values = useWatch({ control }) as GroupFormValues;
  const kind = values.scheduleKind;
  const weekdayOptions = WEEKDAYS.map((day) => ({
    value: day,
    label: weekdayName(day, i18n.language),
  }));
  const kindOptions = (['weekly', 'biweekly', 'monthly'] as const).map((value) => ({
    value,
    label: t(`groups.scheduleKinds.${value}`),
  }));
  if (kind === 'custom')
    kindOptions.push({ value: 'custom' as never, label: t('groups.scheduleKinds.custom') });

  const rrule = rruleFromChoice(values);
  const duration = Number(values.durationMinutes);
  const summary =
    parseRrule(rrule) &&
    /^\d\d:\d\d$/.test(values.startTime ?? '') &&
    Number.isInteger(duration) &&
    duration > 0
      ? describeSchedule(
          { rrule, startTime: values.startTime, durationMinutes: duration },
          t,
          locale,
        )
      : t('groups.form.scheduleIncomplete');

  return (
    <div className="form__grid">
      <FormSelectField
        control={control}
        name="scheduleKind"
        label={t('groups.fields.frequency')}
        options={kindOptions}
      />
      {(kind === 'weekly' || kind === 'biweekly') && (
        <FormCheckboxGroupField
          control={control}
          name="weekdays"
          label={t('groups.fields.weekdays')}
          options={weekdayOptions}
          className="form__wide"
        />
      )}
      {kind === 'monthly' && (
        <>
          <FormCheckboxGroupField
            control={control}
            name="monthOrdinals"
            label={t('groups.fields.monthOrdinals')}
            options={MONTH_ORDINALS.map((ordinal) => ({
              value: String(ordinal),
              label: t(`schedule.ordinalChoices.${ordinal === -1 ? 'last' : ordinal}`),
            }))}
            className="form__wide"
          />
          <FormSelectField
            control={control}
            name="monthWeekday"
            label={t('groups.fields.monthWeekday')}
            options={weekdayOptions}
          />
        </>
      )}
      {kind === 'custom' && (
        <p className="form__hint form__wide">{t('groups.form.customScheduleHint')}</p>
      )}
      <FormTimeField
        control={control}
        name="startTime"
        label={t('groups.fields.startTime')}
        isRequired
      />
      <FormTextField
        control={control}
        name="durationMinutes"
        inputMode="numeric"
        label={t('groups.fields.durationMinutes')}
        isRequired
      />
      <p className="schedule-summary form__wide" aria-live="polite">
        <span className="schedule-summary__label">{t('groups.form.scheduleSummary')}</span>{' '}
        {summary}
      </p>
    </div>
  );
}
