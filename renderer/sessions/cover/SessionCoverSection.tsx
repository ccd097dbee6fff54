import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '../../i18n/use-translation';
import { coverageGapReason } from '../../../shared/domain/cover-rules';
import {
  isFullSessionFacilitator,
  type SessionFacilitatorContact,
  type SetSessionFacilitatorsInput,
} from '../../../shared/domain/session-cover';
import type { SessionDetail } from '../../../shared/domain/sessions';
import { call } from '../../api/client';
import { errorMessage } from '../../api/error-message';
import { useCanCall } from '../../app/can-call';
import { queryKeys } from '../../app/query-keys';
import { FacilitatorRowsTable } from '../../groups/facilitators/FacilitatorRowsTable';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { QueryStatus } from '../../ui/QueryStatus';
import type { CoverFix } from './cover-form';
import { SessionCoverDialog } from './SessionCoverDialog';
import { SessionCoverProblems } from './SessionCoverProblems';
import { LtrText } from '../../ui/LtrText';

/** The session page's facilitators, coverage gap and conflicts, with a way to fix each. */
export function SessionCoverSection({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const canManage = useCanCall('setSessionFacilitators');
  const list = useQuery({
    queryKey: queryKeys.sessionFacilitators(session.id),
    queryFn: () => call('listSessionFacilitators', { id: session.id }),
  });
  const rows = list.data ?? [];
  const full = rows.filter(isFullSessionFacilitator);
  const [fix, setFix] = useState<CoverFix | undefined>(undefined);
  const save = useSessionCoverWrite((input: SetSessionFacilitatorsInput) =>
    call('setSessionFacilitators', input),
  );
  const isScheduled = session.status === 'scheduled';
  return (
    <section className="session-cover" aria-labelledby="session-cover-heading">
      <div className="facilitators__header">
        <h2 id="session-cover-heading">{t('cover.section.title')}</h2>
        {canManage && list.data && (
          <div className="facilitators__actions">
            <Button variant="primary" onPress={() => setFix({ replaceId: null })}>
              {t('cover.section.change')}
            </Button>
            {session.status !== 'held' && <ResetButton sessionId={session.id} />}
          </div>
        )}
      </div>
      <p>{canManage ? t('cover.section.introGroup') : t('cover.section.contactsIntro')}</p>
      <QueryStatus
        isPending={list.isPending}
        error={list.error}
        onRetry={() => void list.refetch()}
      />
      {list.data && rows.length === 0 && (
        <p>{canManage ? t('cover.section.empty') : t('cover.section.emptyContacts')}</p>
      )}
      {rows.length > 0 &&
        (canManage ? (
          <FacilitatorRowsTable facilitators={full} messages="cover" />
        ) : (
          <ContactTable contacts={rows} />
        ))}
      {canManage && list.data && isScheduled && (
        <SessionCoverProblems
          sessionId={session.id}
          gap={coverageGapReason(full)}
          lead={full.find((f) => f.role === 'lead') ?? null}
          onFix={setFix}
        />
      )}
      {fix !== undefined && (
        <SessionCoverDialog
          sessionId={session.id}
          current={full}
          fix={fix}
          onSave={save.mutateAsync}
          onClose={() => setFix(undefined)}
        />
      )}
    </section>
  );
}

/** A write that changes who covers a session: every view of sessions refreshes after it. */
function useSessionCoverWrite<I>(write: (input: I) => Promise<unknown>) {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: write,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.sessions }),
  });
  return mutation;
}

function ResetButton({ sessionId }: { sessionId: number }) {
  const { t } = useTranslation();
  const [isConfirming, setIsConfirming] = useState(false);
  const reset = useSessionCoverWrite(() => call('resetSessionFacilitators', { id: sessionId }));
  return (
    <>
      <Button onPress={() => setIsConfirming(true)}>{t('cover.section.reset')}</Button>
      <ConfirmDialog
        isOpen={isConfirming}
        onOpenChange={(isOpen) => {
          setIsConfirming(isOpen);
          reset.reset();
        }}
        title={t('cover.section.resetTitle')}
        confirmLabel={t('cover.section.reset')}
        onConfirm={() => reset.mutate(undefined, { onSuccess: () => setIsConfirming(false) })}
        isPending={reset.isPending}
        error={reset.error ? errorMessage(t, reset.error) : undefined}
      >
        <p>{t('cover.section.resetText')}</p>
      </ConfirmDialog>
    </>
  );
}

function ContactTable({ contacts }: { contacts: readonly SessionFacilitatorContact[] }) {
  const { t } = useTranslation();
  return (
    <table className="table table--compact">
      <thead>
        <tr>
          <th scope="col">{t('cover.columns.name')}</th>
          <th scope="col">{t('cover.columns.role')}</th>
          <th scope="col">{t('cover.columns.phone')}</th>
        </tr>
      </thead>
      <tbody>
        {contacts.map((c, index) => (
          <tr key={index}>
            <th scope="row">{c.displayName}</th>
            <td>{t(`enums.facilitatorRole.${c.role}`)}</td>
            <td>
              <LtrText>{c.phone}</LtrText>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
