import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from '../i18n/use-translation';
import { useCanEdit } from '../app/vault-context';
import { Button } from '../ui/Button';

/** The one action of an empty centre; hidden from roles that cannot add groups. */
export function CreateFirstGroupButton() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  if (!useCanEdit()) return null;
  return (
    <Button variant="primary" onPress={() => void navigate({ to: '/groups/new' })}>
      {t('groups.createFirst')}
    </Button>
  );
}
