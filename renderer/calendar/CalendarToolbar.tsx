import { useTranslation } from '../i18n/use-translation';
import { Button } from '../ui/Button';
import { CALENDAR_VIEWS, shiftedDate, type CalendarState } from './calendar-search';

interface CalendarToolbarProps {
  view: CalendarState['view'];
  /** The day the period is shown around (today unless the address names one). */
  date: string;
  title: string;
  onShow: (change: Partial<CalendarState>) => void;
}

/**
 * Previous, today and next, the period shown (announced when it changes), and the three views
 * as toggle buttons: all plain buttons, reached with Tab and pressed with Enter or Space.
 */
export function CalendarToolbar({ view, date, title, onShow }: CalendarToolbarProps) {
  const { t } = useTranslation();
  return (
    <div className="calendar-toolbar">
      <div role="group" aria-label={t('calendar.moveLabel')} className="calendar-toolbar__moves">
        <Button onPress={() => onShow({ date: shiftedDate(view, date, -1) })}>
          <span className="icon--directional" aria-hidden="true">
            ←
          </span>{' '}
          {t(`calendar.previous.${view}`)}
        </Button>
        <Button onPress={() => onShow({ date: '' })}>{t('calendar.today')}</Button>
        <Button onPress={() => onShow({ date: shiftedDate(view, date, 1) })}>
          {t(`calendar.next.${view}`)}{' '}
          <span className="icon--directional" aria-hidden="true">
            →
          </span>
        </Button>
      </div>
      <h2 className="calendar-toolbar__title" aria-live="polite">
        {title}
      </h2>
      <div role="group" aria-label={t('calendar.viewLabel')} className="calendar-toolbar__views">
        {CALENDAR_VIEWS.map((option) => (
          <Button
            key={option}
            variant={option === view ? 'primary' : 'secondary'}
            aria-pressed={option === view}
            onPress={() => onShow({ view: option })}
          >
            {t(`calendar.views.${option}`)}
          </Button>
        ))}
      </div>
    </div>
  );
}
