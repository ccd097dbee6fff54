import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '../i18n/use-translation';
import type { UserAccount } from '../../shared/domain/vault';
import { call } from '../api/client';
import { queryKeys } from '../app/query-keys';
import { useSignedInUser, useVault } from '../app/vault-context';
import { firstDraftKey } from '../forms/draft-store';
import { StatusNote } from '../ui/Alert';
import { Button } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';
import { PageHeader } from '../ui/PageHeader';
import { QueryStatus } from '../ui/QueryStatus';
import { DisableUserDialog } from './DisableUserDialog';
import { EditUserDialog, editUserDraft, type UserChanges } from './EditUserDialog';
import { NewPasswordDialog } from './NewPasswordDialog';
import { NEW_USER_DRAFT, NewUserDialog } from './NewUserDialog';
import { UsersTable, type UserAction } from './UsersTable';
import { userListQuery } from './user-queries';

type Open = null | { action: 'new' } | { action: UserAction; user: UserAccount };

/** Administrators only: who may sign in, with which role; disable, enable, reset passwords. */
export function UsersScreen() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const self = useSignedInUser();
  const { refresh } = useVault();
  const [open, setOpen] = useState<Open>(null);
  const [note, setNote] = useState<string | null>(null);
  const users = useQuery(userListQuery);

  // Back from an auto-lock: reopen, once, the form whose unsaved input was kept.
  const [keptDraft, setKeptDraft] = useState(() => firstDraftKey('user:'));
  if (keptDraft && users.data) {
    setKeptDraft(undefined);
    const user = users.data.find((u) => editUserDraft(u) === keptDraft);
    setOpen(
      keptDraft === NEW_USER_DRAFT ? { action: 'new' } : user ? { action: 'edit', user } : null,
    );
  }

  /** After a change: the list again, and the session's own status when it was one's own. */
  const changed = async (user: UserAccount | null, message: string | null = null) => {
    setNote(message);
    await queryClient.invalidateQueries({ queryKey: queryKeys.users });
    if (user?.id !== self.id) return;
    await refresh();
    // No longer an admin: this screen is not theirs any more.
    if (user.role !== 'admin' || user.isDisabled) window.location.hash = '#/';
  };
  const close = () => setOpen(null);
  const newButton = (
    <Button variant="primary" onPress={() => setOpen({ action: 'new' })}>
      {t('users.new')}
    </Button>
  );

  return (
    <>
      <PageHeader title={t('users.title')} intro={t('users.intro')} actions={newButton} />
      {note && <StatusNote>{note}</StatusNote>}
      <QueryStatus
        isPending={users.isPending}
        error={users.error}
        onRetry={() => void users.refetch()}
      />
      {users.data && (
        <UsersTable
          users={users.data}
          selfId={self.id}
          onAction={(action, user) => setOpen({ action, user })}
        />
      )}
      {users.data?.length === 1 && (
        <EmptyState title={t('users.onlyYouTitle')} action={newButton}>
          {t('users.onlyYouText')}
        </EmptyState>
      )}
      {open?.action === 'new' && (
        <NewUserDialog
          onCreate={async (input) => changed(await call('createUser', input))}
          onClose={close}
        />
      )}
      {open?.action === 'edit' && (
        <EditUserDialog
          user={open.user}
          onSave={async (changes: UserChanges) =>
            changed(await call('updateUser', { id: open.user.id, ...changes }))
          }
          onClose={close}
        />
      )}
      {(open?.action === 'reset' || open?.action === 'enable') && (
        <NewPasswordDialog
          user={open.user}
          purpose={open.action}
          onSave={async (newPassword) => {
            const { id, displayName: name } = open.user;
            if (open.action === 'reset') {
              await call('resetUserPassword', { id, newPassword });
              await changed(null, t('users.passwordReset', { name }));
            } else {
              await changed(await call('enableUser', { id, password: newPassword }));
            }
          }}
          onClose={close}
        />
      )}
      {open?.action === 'disable' && (
        <DisableUserDialog
          user={open.user}
          isSelf={open.user.id === self.id}
          onDisable={async () => changed(await call('disableUser', { id: open.user.id }))}
          onClose={close}
        />
      )}
    </>
  );
}
