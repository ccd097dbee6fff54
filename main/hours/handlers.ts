import { roundHours } from '../../shared/domain/hours';
import { AppError } from '../app-error';
import type { Handlers } from '../core/handler-types';

export const hoursHandlers: Handlers<'getVolunteerHours' | 'listVolunteerHours'> = {
  getVolunteerHours: async ({ volunteerId, from, to }, { store }) => {
    // An erased volunteer's hours still exist (their page shows none of it); an unknown id does not.
    const [volunteer] = await store.volunteers.findMany([volunteerId]);
    if (!volunteer) throw new AppError('NOT_FOUND');
    const sessions = await store.hours.sessionsOf(volunteerId, { from, to });
    const totalHours = roundHours(sessions.reduce((sum, entry) => sum + entry.hours, 0));
    return { volunteerId, totalHours, sessions };
  },
  listVolunteerHours: (period, { store }) => store.hours.summary(period),
};
