import type { Handlers } from '../core/handler-types';
import { listAllMatchingVolunteers } from './volunteer-views';

// The volunteer list for the CSV export: the same filters, order and fields as the screen.
export const volunteerExportHandlers: Handlers<'exportVolunteers'> = {
  exportVolunteers: (input, { store, now, readinessStates }) =>
    listAllMatchingVolunteers(store, input, now(), (inputs) => readinessStates.of(store, inputs)),
};
