import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Volunteer } from '../../shared/domain/volunteers';
import { queryKeys } from '../app/query-keys';

/**
 * A change to one volunteer: the page shows the volunteer the core sends back (readiness
 * worked out again), and every list is fetched afresh, since readiness and status sort it.
 */
export function useVolunteerMutation<Input>(
  save: (input: Input) => Promise<Volunteer>,
  onDone?: () => void,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: save,
    onSuccess: async (updated) => {
      queryClient.setQueryData(queryKeys.volunteer(updated.id), updated);
      onDone?.();
      await queryClient.invalidateQueries({ queryKey: ['volunteers', 'list'] });
    },
  });
}
