import { AppError } from '../app-error';
import type { Handlers } from '../core/handler-types';
import { planScheduleChange, plannedGroupOf, previewOf } from './schedule-change';

export const sessionHandlers: Handlers<'previewScheduleChange'> = {
  // The same plan saving the group carries out, only not applied.
  previewScheduleChange: async ({ id, schedule, locationId, room, ...dates }, { store, now }) => {
    const group = await store.groups.find(id);
    if (!group) throw new AppError('NOT_FOUND');
    const edited = {
      ...plannedGroupOf(group),
      ...schedule,
      ...dates,
      locationId: locationId === undefined ? group.locationId : locationId,
      room: room ?? group.room,
    };
    return previewOf(await planScheduleChange(store, edited, now()));
  },
};
