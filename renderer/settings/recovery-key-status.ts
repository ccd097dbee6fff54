import { queryOptions, useQuery } from '@tanstack/react-query';
import { call } from '../api/client';
import { queryKeys } from '../app/query-keys';

/** The anchor of Settings → Recovery key, which the dashboard's reminder links to. */
export const RECOVERY_KEY_SECTION = 'recovery-key';

/** Whether the current recovery key has been typed back (administrators only). */
export const recoveryKeyStatusQuery = queryOptions({
  queryKey: queryKeys.recoveryKeyStatus,
  queryFn: () => call('getRecoveryKeyStatus', {}),
});

/** The status for the screen; asked only when `isEnabled` (administrators). */
export function useRecoveryKeyStatus(isEnabled = true) {
  return useQuery({ ...recoveryKeyStatusQuery, enabled: isEnabled });
}
