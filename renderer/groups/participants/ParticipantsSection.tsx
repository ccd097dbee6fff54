import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '../../i18n/use-translation';
import type { Participant } from '../../../shared/domain/session-records';
import { call } from '../../api/client';
import { queryKeys } from '../../app/query-keys';
import { Button } from '../../ui/Button';
import { CheckboxField } from '../../ui/CheckboxField';
import { formatCivilDate } from '../../ui/format';
import { QueryStatus } from '../../ui/QueryStatus';
import { ParticipantDialog, WithdrawConsentDialog } from './ParticipantDialogs';

type Editing = null | { kind: 'add' } | { kind: 'edit' | 'withdraw'; participant: Participant };

/** A named-roster group's participants: first names or aliases, each with the consent date. */
export function ParticipantsSection({ groupId }: { groupId: number }) {
  const { t } = useTranslation();
  const [isWithdrawnShown, setIsWithdrawnShown] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const list = useQuery({
    queryKey: [...queryKeys.participants(groupId), isWithdrawnShown],
    queryFn: () => call('listParticipants', { groupId, includeWithdrawn: isWithdrawnShown }),
  });
  const rows = list.data ?? [];
  const close = () => setEditing(null);
  return (
    <section className="participants" aria-labelledby="participants-heading">
      <div className="section-heading">
        <h2 id="participants-heading">{t('sessionRecord.participants.title')}</h2>
        <Button variant="primary" onPress={() => setEditing({ kind: 'add' })}>
          {t('sessionRecord.participants.add')}
        </Button>
      </div>
      <p>{t('sessionRecord.participants.intro')}</p>
      <CheckboxField
        label={t('sessionRecord.participants.showWithdrawn')}
        isSelected={isWithdrawnShown}
        onChange={setIsWithdrawnShown}
      />
      <QueryStatus
        isPending={list.isPending}
        error={list.error}
        onRetry={() => void list.refetch()}
      />
      {list.data && rows.length === 0 && <p>{t('sessionRecord.participants.empty')}</p>}
      {rows.length > 0 && (
        <ParticipantTable
          participants={rows}
          onEdit={(participant) => setEditing({ kind: 'edit', participant })}
          onWithdraw={(participant) => setEditing({ kind: 'withdraw', participant })}
        />
      )}
      {editing?.kind === 'add' && (
        <ParticipantDialog groupId={groupId} participant={null} onClose={close} />
      )}
      {editing?.kind === 'edit' && (
        <ParticipantDialog groupId={groupId} participant={editing.participant} onClose={close} />
      )}
      {editing?.kind === 'withdraw' && (
        <WithdrawConsentDialog
          groupId={groupId}
          participant={editing.participant}
          onClose={close}
        />
      )}
    </section>
  );
}

function ParticipantTable({
  participants,
  onEdit,
  onWithdraw,
}: {
  participants: Participant[];
  onEdit: (participant: Participant) => void;
  onWithdraw: (participant: Participant) => void;
}) {
  const { t, i18n } = useTranslation();
  const date = (value: string) => formatCivilDate(value, i18n.language);
  return (
    <table className="table table--stack">
      <thead>
        <tr>
          <th scope="col">{t('sessionRecord.participants.columns.name')}</th>
          <th scope="col">{t('sessionRecord.participants.columns.consentOn')}</th>
          <th scope="col">{t('sessionRecord.participants.columns.status')}</th>
          <th scope="col">{t('sessionRecord.participants.columns.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {participants.map((p) => (
          <tr key={p.id}>
            <th scope="row">{p.name}</th>
            <td data-label={t('sessionRecord.participants.columns.consentOn')}>
              {date(p.consentOn)}
            </td>
            <td data-label={t('sessionRecord.participants.columns.status')}>
              {p.consentWithdrawnOn === null
                ? t('sessionRecord.participants.onRoster')
                : t('sessionRecord.participants.withdrawnOn', { date: date(p.consentWithdrawnOn) })}
            </td>
            <td data-label={t('sessionRecord.participants.columns.actions')}>
              <div className="facilitators__actions">
                <Button
                  onPress={() => onEdit(p)}
                  aria-label={t('sessionRecord.participants.renameNamed', { name: p.name })}
                >
                  {t('sessionRecord.participants.rename')}
                </Button>
                {p.consentWithdrawnOn === null && (
                  <Button
                    onPress={() => onWithdraw(p)}
                    aria-label={t('sessionRecord.participants.withdrawNamed', { name: p.name })}
                  >
                    {t('sessionRecord.participants.withdraw')}
                  </Button>
                )}
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
