import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { TrainingCompletion } from '../../shared/domain/trainings';
import type { Volunteer } from '../../shared/domain/volunteers';
import { call } from '../api/client';
import { errorMessage } from '../api/error-message';
import { useDateLocale } from '../i18n/date-locale';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { formatCivilDate } from '../ui/format';
import { RecordTable } from '../ui/RecordTable';
import { RecordTrainingDialog } from './RecordTrainingDialog';
import { useVolunteerMutation } from './useVolunteerMutation';

/** The trainings a volunteer has completed, newest first, with their expiry; add or remove one. */
export function TrainingRecords({ volunteer }: { volunteer: Volunteer }) {
  const { t } = useTranslation();
  const locale = useDateLocale();
  const [isRecording, setIsRecording] = useState(false);
  const [removing, setRemoving] = useState<TrainingCompletion | null>(null);
  const remove = useVolunteerMutation(
    (id: number) => call('removeTrainingCompletion', { id }),
    () => setRemoving(null),
  );
  const completions = volunteer.completions.toSorted((a, b) =>
    b.completedOn.localeCompare(a.completedOn),
  );
  const describe = (completion: TrainingCompletion) => ({
    training: completion.trainingName,
    date: formatCivilDate(completion.completedOn, locale),
    name: volunteer.displayName,
  });

  return (
    <section className="detail-section training-records" aria-labelledby="training-records">
      <div className="section-heading">
        <h2 id="training-records">{t('trainingRecords.heading')}</h2>
        <Button onPress={() => setIsRecording(true)}>{t('trainingRecords.record')}</Button>
      </div>
      {completions.length === 0 ? (
        <p className="muted">{t('trainingRecords.none')}</p>
      ) : (
        <RecordTable
          caption={t('trainingRecords.caption', { name: volunteer.displayName })}
          rows={completions}
          columns={[
            {
              header: t('trainingRecords.training'),
              cell: (completion) => completion.trainingName,
            },
            {
              header: t('trainingRecords.completedOn'),
              cell: (completion) => formatCivilDate(completion.completedOn, locale),
            },
            {
              header: t('trainingRecords.expiresOn'),
              cell: (completion) =>
                completion.expiresOn
                  ? formatCivilDate(completion.expiresOn, locale)
                  : t('trainingRecords.neverExpires'),
            },
          ]}
          rowActions={(completion) => (
            <Button
              variant="quiet"
              aria-label={t('trainingRecords.removeNamed', describe(completion))}
              onPress={() => setRemoving(completion)}
            >
              {t('trainingRecords.remove')}
            </Button>
          )}
        />
      )}
      <ConfirmDialog
        isOpen={removing !== null}
        onOpenChange={(isOpen) => {
          if (!isOpen) setRemoving(null);
          remove.reset();
        }}
        title={t('trainingRecords.removeTitle')}
        confirmLabel={t('trainingRecords.remove')}
        onConfirm={() => removing && remove.mutate(removing.id)}
        isPending={remove.isPending}
        error={remove.error ? errorMessage(t, remove.error) : undefined}
        isDanger
      >
        <p>{removing && t('trainingRecords.removeText', describe(removing))}</p>
      </ConfirmDialog>
      {isRecording && (
        <RecordTrainingDialog volunteer={volunteer} onClose={() => setIsRecording(false)} />
      )}
    </section>
  );
}
