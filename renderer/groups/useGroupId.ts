import { useParams } from '@tanstack/react-router';

/** The group id in the address (`/groups/12`, `/groups/12/edit`). */
export function useGroupId(): number {
  const { groupId } = useParams({ strict: false });
  return Number(groupId);
}
