import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '../../i18n/use-translation';
import { addDays } from '../../../shared/domain/civil-dates';
import type { ListSessionsInput, SessionRow } from '../../../shared/domain/sessions';
import { call } from '../../api/client';
import { queryKeys } from '../../app/query-keys';
import { useCalendarFormat } from '../../calendar/calendar-format';
import { EmptyState } from '../../ui/EmptyState';
import { SelectField } from '../../ui/SelectField';
import { usePrint } from '../print-context';
import { sessionQuery } from './session-queries';

/** How far ahead the picker lists meetings; older or later ones are printed from their page. */
const PICKER_DAYS = 28;

/**
 * Which meeting to print for: the coming four weeks' meetings this account may see (a
 * facilitator's own), plus the one in the address if it is another. Screen language only.
 */
export function SessionSubject() {
  const { t } = useTranslation();
  const format = useCalendarFormat();
  const { search, setSearch, today } = usePrint();
  const input: ListSessionsInput = {
    from: today,
    to: addDays(today, PICKER_DAYS - 1),
    status: 'scheduled',
  };
  const upcoming = useQuery({
    queryKey: queryKeys.sessionList(input),
    queryFn: () => call('listSessions', input),
  });
  const chosenId = search.sessionId;
  const chosen = useQuery({ ...sessionQuery(chosenId ?? 0), enabled: chosenId !== undefined });
  const rows: SessionRow[] = upcoming.data ?? [];
  const listed =
    chosen.data && !rows.some((row) => row.id === chosen.data.id) ? [chosen.data, ...rows] : rows;
  return (
    <SelectField
      label={t('printSession.subject.session')}
      value={chosenId === undefined ? '' : String(chosenId)}
      onChange={(value) => setSearch({ sessionId: value ? Number(value) : undefined })}
      options={[
        { value: '', label: t('printSession.subject.choose') },
        ...listed.map((row) => ({
          value: String(row.id),
          label: `${format.day(row.localDate)} · ${format.time(row.localStart)} · ${row.groupName}`,
        })),
      ]}
    />
  );
}

/** The preview before a meeting is chosen: on screen only, never printed. */
export function ChooseSession() {
  const { t } = useTranslation();
  return (
    <div className="screen-only">
      <EmptyState title={t('printSession.subject.chooseTitle')}>
        {t('printSession.subject.chooseText')}
      </EmptyState>
    </div>
  );
}
