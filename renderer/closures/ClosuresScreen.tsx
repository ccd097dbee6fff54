import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '../i18n/use-translation';
import { call } from '../api/client';
import { queryKeys } from '../app/query-keys';
import { StatusNote } from '../ui/Alert';
import { Button } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';
import { PageHeader } from '../ui/PageHeader';
import { QueryStatus } from '../ui/QueryStatus';
import { ClosureFormDialog } from './ClosureFormDialog';
import { ClosuresTable } from './ClosuresTable';

/** Days the centre (or one location) is closed: the sessions on them are cancelled. */
export function ClosuresScreen() {
  const { t } = useTranslation();
  const [isAdding, setIsAdding] = useState(false);
  const [restored, setRestored] = useState<number | null>(null);
  const closures = useQuery({
    queryKey: queryKeys.closures,
    queryFn: () => call('listClosures', {}),
  });
  const addButton = (
    <Button
      variant="primary"
      onPress={() => {
        setRestored(null);
        setIsAdding(true);
      }}
    >
      {t('closures.add')}
    </Button>
  );
  return (
    <>
      <PageHeader title={t('closures.title')} intro={t('closures.intro')} actions={addButton} />
      {restored !== null && <StatusNote>{t('closures.removed', { count: restored })}</StatusNote>}
      <QueryStatus
        isPending={closures.isPending}
        error={closures.error}
        onRetry={() => void closures.refetch()}
      />
      {closures.data &&
        (closures.data.length === 0 ? (
          <EmptyState title={t('closures.emptyTitle')} action={addButton}>
            {t('closures.emptyText')}
          </EmptyState>
        ) : (
          <ClosuresTable closures={closures.data} onRemoved={setRestored} />
        ))}
      {isAdding && <ClosureFormDialog onClose={() => setIsAdding(false)} />}
    </>
  );
}
