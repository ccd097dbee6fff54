import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from '../../i18n/use-translation';
import { call } from '../../api/client';
import { queryKeys } from '../../app/query-keys';
import { useDateRange } from '../../closures/useDateRange';

/** Which closure cancels this session, and where to go to remove it. */
export function ClosureNote({ closureId }: { closureId: number }) {
  const { t } = useTranslation();
  const dateRange = useDateRange();
  const closures = useQuery({
    queryKey: queryKeys.closures,
    queryFn: () => call('listClosures', {}),
  });
  const closure = closures.data?.find((c) => c.id === closureId);
  return (
    <p className="session-actions__note">
      {closure &&
        t('closures.session.cancelledByClosure', {
          reason: closure.reason,
          dates: dateRange(closure),
        })}{' '}
      <Link to="/closures">{t('closures.session.seeClosures')}</Link>
    </p>
  );
}
