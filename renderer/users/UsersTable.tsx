import { useTranslation } from '../i18n/use-translation';
import type { UserAccount } from '../../shared/domain/vault';
import { Button } from '../ui/Button';
import { RecordTable } from '../ui/RecordTable';

export type UserAction = 'edit' | 'reset' | 'disable' | 'enable';

interface UsersTableProps {
  users: UserAccount[];
  /** The signed-in admin, marked "(you)". */
  selfId: number;
  onAction: (action: UserAction, user: UserAccount) => void;
}

export function UsersTable({ users, selfId, onAction }: UsersTableProps) {
  const { t } = useTranslation();
  const volunteerText = (user: UserAccount) =>
    user.volunteerId === null
      ? t('users.noVolunteer')
      : (user.volunteerName ?? t('users.erasedVolunteer'));
  const button = (action: UserAction, user: UserAccount, variant?: 'danger') => (
    <Button
      variant={variant}
      onPress={() => onAction(action, user)}
      aria-label={t(`users.${action}Named`, { name: user.displayName })}
    >
      {t(`users.${action}`)}
    </Button>
  );
  return (
    <RecordTable
      caption={t('users.tableCaption', { count: users.length })}
      className="users-table"
      rows={users}
      columns={[
        {
          header: t('users.columns.name'),
          cell: (user) => (
            <>
              {user.displayName}
              {user.id === selfId && <> {t('users.you')}</>}
            </>
          ),
        },
        { header: t('users.columns.username'), cell: (user) => user.username },
        { header: t('users.fields.role'), cell: (user) => t(`enums.role.${user.role}`) },
        { header: t('users.columns.volunteer'), cell: volunteerText },
        {
          header: t('users.fields.status'),
          cell: (user) => (
            <span className={`badge badge--${user.isDisabled ? 'disabled' : 'active'}`}>
              {t(user.isDisabled ? 'users.disabled' : 'users.active')}
            </span>
          ),
        },
      ]}
      rowActions={(user) => (
        <>
          {button('edit', user)}
          {user.isDisabled ? (
            button('enable', user)
          ) : (
            <>
              {button('reset', user)}
              {button('disable', user, 'danger')}
            </>
          )}
        </>
      )}
    />
  );
}
