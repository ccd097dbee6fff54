import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from '../i18n/use-translation';
import { useCanEdit } from '../app/vault-context';
import { Button } from '../ui/Button';
import { PageHeader } from '../ui/PageHeader';
import { QueryStatus } from '../ui/QueryStatus';
import { StatusBadge } from '../ui/StatusBadge';
import { AddExtraSessionButton } from '../sessions/exceptions/AddExtraSessionButton';
import { ArchiveGroupButton } from './ArchiveGroupButton';
import { FeedExportButtons } from '../feeds/FeedExportButtons';
import { meetingSlug } from '../../shared/feeds/meeting-guide';
import { FacilitatorsSection } from './facilitators/FacilitatorsSection';
import { GroupDetails } from './GroupDetails';
import { groupQuery } from './group-queries';
import { ParticipantsSection } from './participants/ParticipantsSection';
import { GroupSessionsSection } from './sessions/GroupSessionsSection';
import { useGroupId } from './useGroupId';

export function GroupDetailScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canEdit = useCanEdit();
  const id = useGroupId();
  const group = useQuery(groupQuery(id));
  const data = group.data;

  return (
    <>
      <p className="breadcrumb">
        <Link to="/groups">{t('groups.backToList')}</Link>
      </p>
      <PageHeader
        title={data?.name ?? t('groups.loadingTitle')}
        intro={data && <StatusBadge status={data.status} />}
        actions={
          data &&
          canEdit && (
            <>
              <Button
                variant="primary"
                onPress={() =>
                  void navigate({ to: '/groups/$groupId/edit', params: { groupId: String(id) } })
                }
              >
                {t('common.edit')}
              </Button>
              <AddExtraSessionButton group={data} />
              <ArchiveGroupButton group={data} />
            </>
          )
        }
      />
      <QueryStatus
        isPending={group.isPending}
        error={group.error}
        onRetry={() => void group.refetch()}
      />
      {data && <GroupDetails group={data} />}
      {data?.isListedPublicly && data.status === 'active' && (
        <FeedExportButtons group={{ id, fileName: meetingSlug(data.name, id) }} />
      )}
      {data && <FacilitatorsSection groupId={id} />}
      {data?.rosterMode === 'named_with_consent' && <ParticipantsSection groupId={id} />}
      {data && <GroupSessionsSection groupId={id} />}
    </>
  );
}
