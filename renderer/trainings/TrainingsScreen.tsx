import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '../i18n/use-translation';
import type { TrainingInput } from '../../shared/domain/trainings';
import { call } from '../api/client';
import { queryKeys } from '../app/query-keys';
import { useDialogEditing } from '../forms/dialog-editing';
import { Button } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';
import { PageHeader } from '../ui/PageHeader';
import { QueryStatus } from '../ui/QueryStatus';
import { EMPTY_TRAINING_VALUES, trainingToValues } from './training-form-values';
import { TrainingFormDialog } from './TrainingFormDialog';
import { TrainingsTable } from './TrainingsTable';

/** The training catalogue (admins and coordinators): what facilitators need, and for how long. */
export function TrainingsScreen() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const trainings = useQuery({
    queryKey: queryKeys.trainings,
    queryFn: () => call('listTrainings', {}),
  });
  const { editing, setEditing, draftKeyFor } = useDialogEditing('training', trainings.data);

  const save = async (input: TrainingInput) => {
    if (editing === 'new') await call('createTraining', input);
    else if (editing) await call('updateTraining', { id: editing.id, ...input });
    // A change of validity or of what is required moves every volunteer's readiness.
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.trainings }),
      queryClient.invalidateQueries({ queryKey: queryKeys.volunteers }),
    ]);
  };
  const newButton = (
    <Button variant="primary" onPress={() => setEditing('new')}>
      {t('trainings.new')}
    </Button>
  );

  return (
    <>
      <PageHeader title={t('trainings.title')} intro={t('trainings.intro')} actions={newButton} />
      <QueryStatus
        isPending={trainings.isPending}
        error={trainings.error}
        onRetry={() => void trainings.refetch()}
      />
      {trainings.data &&
        (trainings.data.length === 0 ? (
          <EmptyState title={t('trainings.emptyTitle')} action={newButton}>
            {t('trainings.emptyText')}
          </EmptyState>
        ) : (
          <TrainingsTable trainings={trainings.data} onEdit={setEditing} />
        ))}
      {editing !== null && (
        <TrainingFormDialog
          title={
            editing === 'new'
              ? t('trainings.newTitle')
              : t('trainings.editTitle', { name: editing.name })
          }
          draftKey={draftKeyFor(editing)}
          initialValues={editing === 'new' ? EMPTY_TRAINING_VALUES : trainingToValues(editing)}
          onSave={save}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
