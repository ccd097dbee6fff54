import { foldForSearch } from '../../shared/text/fold';
import { AppError } from '../app-error';

/** A repository of named records (groups, locations, trainings, resources). */
interface NamedRecords {
  find(id: number): Promise<{ name: string } | undefined>;
  isNameTaken(name: string, exceptId: number | null): Promise<boolean>;
}

interface NameCheck {
  name: string;
  /** The person saw the warning and chose to save anyway. */
  isConfirmed: boolean;
  /** The record being edited, if any: keeping its own name is never a duplicate. */
  id: number | null;
  messageKey:
    | 'errors.duplicateGroupName'
    | 'errors.duplicateLocationName'
    | 'errors.duplicateTrainingName'
    | 'errors.duplicateResourceName';
}

/** Refuses a name another record has, unless confirmed, so the form can ask "Save anyway?". */
export async function assertNameIsNewOrConfirmed(
  records: NamedRecords,
  { name, isConfirmed, id, messageKey }: NameCheck,
): Promise<void> {
  if (isConfirmed) return;
  const current = id === null ? undefined : await records.find(id);
  if (current && foldForSearch(current.name) === foldForSearch(name)) return;
  if (await records.isNameTaken(name, id)) {
    throw new AppError('DUPLICATE_NAME', messageKey, { name });
  }
}
