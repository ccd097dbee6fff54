import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '../../i18n/use-translation';
import {
  isFullFacilitatorRow,
  type AssignFacilitatorInput,
  type AssignmentResult,
  type FacilitatorContact,
  type GroupFacilitator,
} from '../../../shared/domain/facilitators';
import { call } from '../../api/client';
import { useCanCall } from '../../app/can-call';
import { queryKeys } from '../../app/query-keys';
import { Button } from '../../ui/Button';
import { QueryStatus } from '../../ui/QueryStatus';
import { groupFacilitatorsQuery } from '../group-queries';
import { FacilitatorDialog } from './FacilitatorDialog';
import { FacilitatorRowsTable } from './FacilitatorRowsTable';
import { RemoveFacilitatorButton } from './RemoveFacilitatorButton';
import { LtrText } from '../../ui/LtrText';

/** The group's facilitators: staff manage them; a facilitator sees names and phones only. */
export function FacilitatorsSection({ groupId }: { groupId: number }) {
  const { t } = useTranslation();
  const canManage = useCanCall('assignFacilitator');
  const list = useQuery(groupFacilitatorsQuery(groupId));
  const rows = list.data ?? [];
  const full = rows.filter(isFullFacilitatorRow);
  // Who was just saved although not ready: the core's answer says so, and so does the page.
  const [notReadyName, setNotReadyName] = useState<string | null>(null);
  return (
    <section className="facilitators" aria-labelledby="facilitators-heading">
      <div className="facilitators__header">
        <h2 id="facilitators-heading">{t('facilitators.title')}</h2>
        {canManage && (
          <AddFacilitator groupId={groupId} facilitators={full} onWarning={setNotReadyName} />
        )}
      </div>
      <p>{canManage ? t('facilitators.intro') : t('facilitators.contactsIntro')}</p>
      {notReadyName && (
        <p role="status" className="alert alert--warning">
          {t('facilitators.addedNotReady', { name: notReadyName })}
        </p>
      )}
      <QueryStatus
        isPending={list.isPending}
        error={list.error}
        onRetry={() => void list.refetch()}
      />
      {list.data && rows.length === 0 && (
        <p>{canManage ? t('facilitators.empty') : t('facilitators.emptyContacts')}</p>
      )}
      {rows.length > 0 &&
        (canManage ? (
          <FacilitatorTable groupId={groupId} facilitators={full} onWarning={setNotReadyName} />
        ) : (
          <ContactList contacts={rows} />
        ))}
    </section>
  );
}

type OnWarning = (notReadyName: string | null) => void;

/** The "Add facilitator" button and its dialog. */
function AddFacilitator({
  groupId,
  facilitators,
  onWarning,
}: {
  groupId: number;
  facilitators: GroupFacilitator[];
  onWarning: OnWarning;
}) {
  const { t } = useTranslation();
  const [isAdding, setIsAdding] = useState(false);
  const save = useSaveFacilitator(groupId, 'assignFacilitator', onWarning);
  return (
    <>
      <Button variant="primary" onPress={() => setIsAdding(true)}>
        {t('facilitators.add')}
      </Button>
      {isAdding && (
        <FacilitatorDialog
          groupId={groupId}
          facilitator={null}
          excludedIds={new Set(facilitators.map((f) => f.volunteerId))}
          onSave={save}
          onClose={() => setIsAdding(false)}
        />
      )}
    </>
  );
}

function useSaveFacilitator(
  groupId: number,
  method: 'assignFacilitator' | 'changeFacilitatorRole',
  onWarning: OnWarning,
) {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (input: AssignFacilitatorInput) => call(method, input),
    onSuccess: async (result: AssignmentResult) => {
      onWarning(result.warning === 'not_ready' ? result.facilitator.displayName : null);
      await queryClient.invalidateQueries({ queryKey: queryKeys.groupFacilitators(groupId) });
    },
  });
  return mutation.mutateAsync;
}

function FacilitatorTable({
  groupId,
  facilitators,
  onWarning,
}: {
  groupId: number;
  facilitators: GroupFacilitator[];
  onWarning: OnWarning;
}) {
  const { t } = useTranslation();
  const [changing, setChanging] = useState<GroupFacilitator | null>(null);
  const change = useSaveFacilitator(groupId, 'changeFacilitatorRole', onWarning);
  return (
    <>
      <FacilitatorRowsTable
        facilitators={facilitators}
        messages="facilitators"
        actions={{
          label: t('facilitators.columns.actions'),
          render: (f) => (
            <div className="facilitators__actions">
              <Button
                onPress={() => setChanging(f)}
                aria-label={t('facilitators.changeRoleNamed', { name: f.displayName })}
              >
                {t('facilitators.changeRole')}
              </Button>
              <RemoveFacilitatorButton groupId={groupId} facilitator={f} />
            </div>
          ),
        }}
      />
      {changing && (
        <FacilitatorDialog
          groupId={groupId}
          facilitator={changing}
          excludedIds={new Set()}
          onSave={change}
          onClose={() => setChanging(null)}
        />
      )}
    </>
  );
}

function ContactList({ contacts }: { contacts: readonly FacilitatorContact[] }) {
  const { t } = useTranslation();
  return (
    <table className="table table--compact">
      <thead>
        <tr>
          <th scope="col">{t('facilitators.columns.name')}</th>
          <th scope="col">{t('facilitators.columns.phone')}</th>
        </tr>
      </thead>
      <tbody>
        {contacts.map((c, index) => (
          <tr key={index}>
            <th scope="row">{c.displayName}</th>
            <td>
              <LtrText>{c.phone}</LtrText>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
