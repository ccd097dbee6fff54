import type { TFunction } from 'i18next';
import { ROLES } from '../../shared/api/roles';
import type { RadioOption } from '../ui/RadioGroupField';

/** Each role in words, with what it may do, so the admin chooses knowingly. */
export function roleOptions(t: TFunction): RadioOption[] {
  return ROLES.map((role) => ({
    value: role,
    label: t(`enums.role.${role}`),
    description: t(`users.roleHints.${role}`),
  }));
}
