import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '../../i18n/use-translation';
import type { TFunction } from 'i18next';
import { GROUP_STATUSES, type GroupStatus } from '../../../shared/domain/groups';
import { call } from '../../api/client';
import { queryKeys } from '../../app/query-keys';
import { SelectField, type SelectOption } from '../../ui/SelectField';
import { usePrint, type PrintMode } from '../print-context';
import { publicDataQuery } from '../use-public-data';

const ALL_GROUPS = { search: '', status: null, focus: null, format: null } as const;

interface Choice {
  id: number;
  name: string;
  status: GroupStatus;
}

const byStatusThenName = (a: Choice, b: Choice) =>
  GROUP_STATUSES.indexOf(a.status) - GROUP_STATUSES.indexOf(b.status) ||
  a.name.localeCompare(b.name);

/** Active groups first, then paused and archived ones, each saying so. */
function toOptions(choices: Choice[], t: TFunction): SelectOption[] {
  return [...choices].sort(byStatusThenName).map(({ id, name, status }) => ({
    value: String(id),
    label:
      status === 'active'
        ? name
        : t('printGroup.subject.withStatus', { name, status: t(`enums.status.${status}`) }),
  }));
}

/**
 * The groups to choose from: signed in, those this account may see (a facilitator's own); at
 * the print station, the listed groups of the public snapshot (all active).
 */
export function useGroupChoices(mode: PrintMode): { options: SelectOption[]; isEmpty: boolean } {
  const { t } = useTranslation();
  const signedIn = useQuery({
    queryKey: queryKeys.groupList(ALL_GROUPS),
    queryFn: () => call('listGroups', ALL_GROUPS),
    enabled: mode === 'signedIn',
  });
  const snapshot = useQuery({ ...publicDataQuery('public'), enabled: mode === 'public' });
  const choices: Choice[] | undefined =
    mode === 'signedIn'
      ? signedIn.data
      : snapshot.data?.groups.map(({ id, name }) => ({ id, name, status: 'active' }));
  return { options: toOptions(choices ?? [], t), isEmpty: choices?.length === 0 };
}

/** Which group a flyer or poster is for, kept in the address (`groupId`). */
export function GroupSubject() {
  const { t } = useTranslation();
  const { mode, search, setSearch } = usePrint();
  const { options } = useGroupChoices(mode);
  return (
    <SelectField
      label={t('printGroup.subject.group')}
      value={search.groupId === undefined ? '' : String(search.groupId)}
      onChange={(value) => setSearch({ groupId: value ? Number(value) : undefined })}
      options={[{ value: '', label: t('printGroup.subject.choose') }, ...options]}
    />
  );
}
