import { useTranslation } from 'react-i18next';
import type { Training } from '../../shared/domain/trainings';
import { Button } from '../ui/Button';
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
    <table className="table table--stack">
      <caption className="visually-hidden">
        {t('trainings.tableCaption', { count: trainings.length })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('trainings.fields.name')}</th>
          <th scope="col">{t('trainings.columns.validity')}</th>
          <th scope="col">{t('trainings.columns.requiredForLead')}</th>
          <th scope="col">{t('trainings.columns.requiredForCo')}</th>
          <th scope="col" className="numeric">
            {t('trainings.columns.completions')}
          </th>
          <th scope="col">{t('trainings.columns.status')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('common.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {trainings.map((training) => (
          <tr key={training.id} className={training.isRetired ? 'table__row--retired' : undefined}>
            <th scope="row">
              {training.name}
              {training.description && (
                <span className="table__subtext">{training.description}</span>
              )}
            </th>
            <td data-label={t('trainings.columns.validity')}>
              {training.validityMonths === null
                ? t('trainings.neverExpires')
                : t('trainings.validForMonths', { count: training.validityMonths })}
            </td>
            <td data-label={t('trainings.columns.requiredForLead')}>
              {yesNo(training.isRequiredForLead)}
            </td>
            <td data-label={t('trainings.columns.requiredForCo')}>
              {yesNo(training.isRequiredForCo)}
            </td>
            <td className="numeric" data-label={t('trainings.columns.completions')}>
              {training.completionCount}
            </td>
            <td data-label={t('trainings.columns.status')}>
              <span className={`badge badge--${training.isRetired ? 'archived' : 'active'}`}>
                {training.isRetired ? t('trainings.retired') : t('trainings.inUse')}
              </span>
            </td>
            <td className="table__actions">
              <Button
                onPress={() => onEdit(training)}
                aria-label={t('trainings.editNamed', { name: training.name })}
              >
                {t('common.edit')}
              </Button>
              <RetireTrainingButton training={training} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
