import type { Training, TrainingInput } from '../../shared/domain/trainings';

export interface TrainingFormValues {
  name: string;
  description: string;
  /** Whole months as typed; empty means the training never expires. */
  validityMonths: string;
  isRequiredForLead: boolean;
  isRequiredForCo: boolean;
}

export const EMPTY_TRAINING_VALUES: TrainingFormValues = {
  name: '',
  description: '',
  validityMonths: '',
  isRequiredForLead: false,
  isRequiredForCo: false,
};

export function trainingToValues(training: Training): TrainingFormValues {
  return {
    name: training.name,
    description: training.description,
    validityMonths: training.validityMonths === null ? '' : String(training.validityMonths),
    isRequiredForLead: training.isRequiredForLead,
    isRequiredForCo: training.isRequiredForCo,
  };
}

export function valuesToTrainingInput(values: TrainingFormValues): TrainingInput {
  const months = values.validityMonths.trim();
  return { ...values, validityMonths: months === '' ? null : Number(months) };
}
