import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useWatch, type Control } from 'react-hook-form';
import { useTranslation } from '../i18n/use-translation';
import type { GroupInput } from '../../shared/domain/groups';
import {
  previewScheduleChangeInputSchema,
  type ScheduleChangePreview,
} from '../../shared/domain/sessions';
import { call } from '../api/client';
import { queryKeys } from '../app/query-keys';
import { formatWallTime, useDateLocale } from '../i18n/date-locale';
import { StatusNote } from '../ui/Alert';
import { useDebouncedValue } from '../ui/useDebouncedValue';
import { valuesToGroupInput, type GroupFormValues } from './group-form-values';

/** What of a group decides its sessions: the schedule, its dates, its status and its place. */
function sessionFieldsOf(id: number, input: GroupInput) {
  const { schedule, startDate, endDate, status, locationId, room } = input;
  return { id, schedule, startDate, endDate, status, locationId, room };
}

export function scheduleChangeSentences(
  preview: ScheduleChangePreview,
  t: (key: string, options?: Record<string, unknown>) => string,
  locale: string,
): string[] {
  const sentences: string[] = [];
  if (preview.moved > 0) {
    sentences.push(
      preview.fromTime && preview.toTime
        ? t('sessions.scheduleChange.moveTime', {
            count: preview.moved,
            from: formatWallTime(preview.fromTime, locale),
            to: formatWallTime(preview.toTime, locale),
          })
        : t('sessions.scheduleChange.move', { count: preview.moved }),
    );
  }
  if (preview.added > 0)
    sentences.push(t('sessions.scheduleChange.added', { count: preview.added }));
  if (preview.removed > 0) {
    sentences.push(t('sessions.scheduleChange.removed', { count: preview.removed }));
  }
  if (sentences.length === 0) return [t('sessions.scheduleChange.nothing')];
  if (preview.kept > 0) sentences.push(t('sessions.scheduleChange.kept', { count: preview.kept }));
  return sentences;
}

/**
 * Before saving an edited group: says in words what will happen to its future sessions, once the
 * schedule, dates, status or place differ from what is stored. Asks the core the same plan that
 * saving carries out, a moment after the typing stops.
 */
export function ScheduleChangeNotice({
  groupId,
  control,
  initialValues,
}: {
  groupId: number;
  control: Control<GroupFormValues>;
  initialValues: GroupFormValues;
}) {
  const { t } = useTranslation();
  const locale = useDateLocale();
  const values = useWatch({ control }) as GroupFormValues;
  const edited = JSON.stringify(sessionFieldsOf(groupId, valuesToGroupInput(values)));
  const stored = JSON.stringify(sessionFieldsOf(groupId, valuesToGroupInput(initialValues)));
  // Debounced as text: a new object each render would never settle.
  const settled = useDebouncedValue(edited === stored ? null : edited, 400);
  const input = settled ? previewScheduleChangeInputSchema.safeParse(JSON.parse(settled)) : null;
  const preview = useQuery({
    queryKey: queryKeys.scheduleChangePreview(settled ?? ''),
    queryFn: () => call('previewScheduleChange', input!.data!),
    enabled: input?.success === true && edited !== stored,
    placeholderData: keepPreviousData,
  });
  if (edited === stored || !preview.data) return null;
  return (
    <StatusNote>
      <strong>{t('sessions.scheduleChange.heading')}</strong>{' '}
      {scheduleChangeSentences(preview.data, t, locale).join(' ')}
    </StatusNote>
  );
}
