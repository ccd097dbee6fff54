import { useTranslation } from '../i18n/use-translation';
import type { Training } from '../../shared/domain/trainings';
import { EditableTable } from '../ui/EditableTable';
import { RetireTrainingButton } from './RetireTrainingButton';

interface TrainingsTableProps {
  trainings: Training[];
  onEdit: (training: Training) => void;
}

/** The catalogue: what each training is worth for readiness, and how many have done it. */
export function TrainingsTable({ trainings, onEdit }: TrainingsTableProps) {
  const { t } = useTranslation();
  const yesNo = (value: boolean) => (value ? t('common.yes') : t('common.no'));
  return (
    <EditableTable
      caption={t('trainings.tableCaption', { count: trainings.length })}
      rows={trainings}
      rowClassName={(training) => (training.isRetired ? 'table__row--retired' : undefined)}
      columns={[
        {
          header: t('trainings.fields.name'),
          cell: (training) => (
            <>
              <bdi>{training.name}</bdi>
              {training.description && (
                <span className="table__subtext">
                  <bdi>{training.description}</bdi>
                </span>
              )}
            </>
          ),
        },
        {
          header: t('trainings.columns.validity'),
          cell: (training) =>
            training.validityMonths === null
              ? t('trainings.neverExpires')
              : t('trainings.validForMonths', { count: training.validityMonths }),
        },
        {
          header: t('trainings.columns.requiredForLead'),
          cell: (training) => yesNo(training.isRequiredForLead),
        },
        {
          header: t('trainings.columns.requiredForCo'),
          cell: (training) => yesNo(training.isRequiredForCo),
        },
        {
          header: t('trainings.columns.completions'),
          isNumeric: true,
          cell: (training) => training.completionCount,
        },
        {
          header: t('trainings.columns.status'),
          cell: (training) => (
            <span className={`badge badge--${training.isRetired ? 'archived' : 'active'}`}>
              {training.isRetired ? t('trainings.retired') : t('trainings.inUse')}
            </span>
          ),
        },
      ]}
      actions={{
        onEdit,
        editLabel: (training) => t('trainings.editNamed', { name: training.name }),
        remove: (training) => <RetireTrainingButton training={training} />,
      }}
    />
  );
}
