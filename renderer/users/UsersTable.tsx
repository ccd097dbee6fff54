import { useTranslation } from 'react-i18next';
import type { UserAccount } from '../../shared/domain/vault';
import { Button } from '../ui/Button';

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
    <table className="table table--stack users-table">
      <caption className="visually-hidden">
        {t('users.tableCaption', { count: users.length })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('users.columns.name')}</th>
          <th scope="col">{t('users.columns.username')}</th>
          <th scope="col">{t('users.fields.role')}</th>
          <th scope="col">{t('users.columns.volunteer')}</th>
          <th scope="col">{t('users.fields.status')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('common.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {users.map((user) => (
          <tr key={user.id}>
            <th scope="row">
              {user.displayName}
              {user.id === selfId && <> {t('users.you')}</>}
            </th>
            <td data-label={t('users.columns.username')}>{user.username}</td>
            <td data-label={t('users.fields.role')}>{t(`enums.role.${user.role}`)}</td>
            <td data-label={t('users.columns.volunteer')}>{volunteerText(user)}</td>
            <td data-label={t('users.fields.status')}>
              <span className={`badge badge--${user.isDisabled ? 'disabled' : 'active'}`}>
                {t(user.isDisabled ? 'users.disabled' : 'users.active')}
              </span>
            </td>
            <td className="table__actions">
              {button('edit', user)}
              {user.isDisabled ? (
                button('enable', user)
              ) : (
                <>
                  {button('reset', user)}
                  {button('disable', user, 'danger')}
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
