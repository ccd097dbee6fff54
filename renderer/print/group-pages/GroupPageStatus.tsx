import { useTranslation } from '../../i18n/use-translation';
import { EmptyState } from '../../ui/EmptyState';
import { usePrint } from '../print-context';
import { PrintQueryStatus } from '../PrintQueryStatus';
import { useGroupChoices } from '../pickers/GroupSubject';

/** A flyer's or poster's data, or why there is none to print yet. */
export type GroupPageState<T> =
  /** No group in the address yet. */
  | { status: 'none' }
  | { status: 'pending' }
  | { status: 'error'; error: unknown; retry: () => void }
  /** At the print station: the address names a group the snapshot does not hold. */
  | { status: 'notAtStation' }
  | { status: 'ready'; data: T };

/** Everything but a printout, on screen only: what to choose, loading, or what went wrong. */
export function GroupPageStatus({
  state,
}: {
  state: Exclude<GroupPageState<unknown>, { status: 'ready' }>;
}) {
  const { t } = useTranslation();
  const { mode } = usePrint();
  const { isEmpty } = useGroupChoices(mode);
  if (state.status === 'pending' || state.status === 'error') {
    return (
      <PrintQueryStatus
        isPending={state.status === 'pending'}
        error={state.status === 'error' ? state.error : null}
        onRetry={state.status === 'error' ? state.retry : () => undefined}
      />
    );
  }
  const [title, text] =
    state.status === 'notAtStation'
      ? ['printGroup.notAtStationTitle', 'printGroup.notAtStationText']
      : isEmpty
        ? ['printGroup.noGroupsTitle', 'printGroup.noGroupsText']
        : ['printGroup.chooseTitle', 'printGroup.chooseText'];
  return (
    <div className="screen-only">
      <EmptyState title={t(title)}>{t(text)}</EmptyState>
    </div>
  );
}
