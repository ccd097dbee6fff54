import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '../../i18n/use-translation';
import type { GroupFacilitator } from '../../../shared/domain/facilitators';
import { call } from '../../api/client';
import { queryKeys } from '../../app/query-keys';
import { ConfirmRemoveButton } from '../../ui/ConfirmRemoveButton';

export function RemoveFacilitatorButton({
  groupId,
  facilitator,
}: {
  groupId: number;
  facilitator: GroupFacilitator;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const name = facilitator.displayName;
  return (
    <ConfirmRemoveButton
      label={t('facilitators.remove')}
      ariaLabel={t('facilitators.removeNamed', { name })}
      title={t('facilitators.removeTitle', { name })}
      remove={() => call('removeFacilitator', { groupId, volunteerId: facilitator.volunteerId })}
      onRemoved={() =>
        queryClient.invalidateQueries({ queryKey: queryKeys.groupFacilitators(groupId) })
      }
    >
      <p>{t('facilitators.removeText')}</p>
    </ConfirmRemoveButton>
  );
}
