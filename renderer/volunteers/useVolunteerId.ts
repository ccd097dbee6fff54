import { useParams } from '@tanstack/react-router';

/** The volunteer id in the address (`/volunteers/12`, `/volunteers/12/edit`). */
export function useVolunteerId(): number {
  const { volunteerId } = useParams({ strict: false });
  return Number(volunteerId);
}
