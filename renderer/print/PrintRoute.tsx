import { useCallback } from 'react';
import { getRouteApi } from '@tanstack/react-router';
import { isPrintableId, PRINTABLES } from '../../shared/print/printables';
import { canCall } from '../app/can-call';
import { useSignedInUser } from '../app/vault-context';
import { NotAllowedScreen } from '../shell/NotAllowedScreen';
import { NotFoundScreen } from '../shell/NotFoundScreen';
import type { PrintSearch } from './print-search';
import { PrintScreen } from './PrintScreen';

const route = getRouteApi('/print/$printable');

/** #/print/<printable>?…: signed in, for the roles the printable's method allows. */
export function PrintRoute() {
  const { printable } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const { role } = useSignedInUser();
  const setSearch = useCallback(
    (patch: Partial<PrintSearch>) =>
      void navigate({ search: (previous) => ({ ...previous, ...patch }), replace: true }),
    [navigate],
  );
  if (!isPrintableId(printable)) return <NotFoundScreen />;
  if (!canCall(role, PRINTABLES[printable].method)) return <NotAllowedScreen />;
  return (
    <PrintScreen
      key={printable}
      printable={printable}
      mode="signedIn"
      search={search}
      setSearch={setSearch}
      backHref="#/print"
    />
  );
}
