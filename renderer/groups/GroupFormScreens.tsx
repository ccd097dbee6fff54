import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from '../i18n/use-translation';
import type { Group, GroupInput } from '../../shared/domain/groups';
import { call } from '../api/client';
import { queryKeys } from '../app/query-keys';
import { PageHeader } from '../ui/PageHeader';
import { QueryStatus } from '../ui/QueryStatus';
import { emptyGroupValues, groupToValues } from './group-form-values';
import { GroupForm } from './GroupForm';
import { useGroupId } from './useGroupId';

/** After a save: fresh lists and figures, then the group's page. */
function useAfterSave() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return async (group: Group) => {
    queryClient.setQueryData(queryKeys.group(group.id), group);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.groups }),
      queryClient.invalidateQueries({ queryKey: queryKeys.dashboard }),
      queryClient.invalidateQueries({ queryKey: queryKeys.locations }),
      // A schedule edit regenerates future sessions.
      queryClient.invalidateQueries({ queryKey: queryKeys.sessions }),
    ]);
    await navigate({ to: '/groups/$groupId', params: { groupId: String(group.id) } });
  };
}

export function NewGroupScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const afterSave = useAfterSave();
  const save = async (input: GroupInput) => afterSave(await call('createGroup', input));
  return (
    <>
      <PageHeader title={t('groups.newTitle')} intro={t('groups.form.intro')} />
      <GroupForm
        draftKey="group:new"
        initialValues={emptyGroupValues()}
        onSave={save}
        onCancel={() => void navigate({ to: '/groups' })}
      />
    </>
  );
}

export function EditGroupScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useGroupId();
  const afterSave = useAfterSave();
  const group = useQuery({
    queryKey: queryKeys.group(id),
    queryFn: () => call('getGroup', { id }),
  });
  const save = async (input: GroupInput) => afterSave(await call('updateGroup', { id, ...input }));
  const backToGroup = () =>
    void navigate({ to: '/groups/$groupId', params: { groupId: String(id) } });
  return (
    <>
      <PageHeader
        title={
          group.data
            ? t('groups.editTitle', { name: group.data.name })
            : t('groups.editTitleLoading')
        }
      />
      <QueryStatus
        isPending={group.isPending}
        error={group.error}
        onRetry={() => void group.refetch()}
      />
      {group.data && (
        <GroupForm
          draftKey={`group:${id}`}
          groupId={id}
          initialValues={groupToValues(group.data)}
          onSave={save}
          onCancel={backToGroup}
        />
      )}
    </>
  );
}
