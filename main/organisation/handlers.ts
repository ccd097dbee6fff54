import { isLimitedToOwnRecords } from '../../shared/api/scope';
import { GROUP_STATUSES, type GroupStatus } from '../../shared/domain/groups';
import { changedFieldNames } from '../core/changed-fields';
import type { Handlers } from '../core/handler-types';
import { fillGroupHorizon } from '../sessions/generate';

type OrganisationMethods =
  'getOrganisation' | 'updateOrganisation' | 'getSettings' | 'updateSettings' | 'getDashboard';

export const organisationHandlers: Handlers<OrganisationMethods> = {
  getOrganisation: (_input, { store }) => store.organisation.get(),
  updateOrganisation: (input, { write }) =>
    write({ action: 'update', entity: 'organisation', entityId: () => 1 }, async (repos, audit) => {
      const before = await repos.organisation.get();
      await repos.organisation.save(input);
      const after = await repos.organisation.get();
      audit.setFields(changedFieldNames(before, after));
      return after;
    }),
  getSettings: (_input, { store }) => store.organisation.getSettings(),
  updateSettings: (input, { write, now }) =>
    write({ action: 'update', entity: 'settings' }, async (repos, audit) => {
      const before = await repos.organisation.getSettings();
      await repos.organisation.saveSettings(input);
      const after = await repos.organisation.getSettings();
      audit.setFields(changedFieldNames(before, after));
      // A longer horizon shows at once; a shorter one removes nothing (sessions stay).
      if (after.sessionHorizonWeeks > before.sessionHorizonWeeks) {
        await fillGroupHorizon(repos, null, now());
      }
      return after;
    }),
  getDashboard: async (_input, { store, user }) => {
    const byStatus = await store.groups.countBy('status');
    const groupsByStatus = Object.fromEntries(
      GROUP_STATUSES.map((status) => [status, byStatus[status] ?? 0]),
    ) as Record<GroupStatus, number>;
    return {
      organisationName: (await store.organisation.get()).name,
      groupsByStatus,
      groupsByFocus: await store.groups.countBy('focus'),
      openToNewcomers: await store.groups.countWhere('is_open_to_newcomers'),
      listedPublicly: await store.groups.countWhere('is_listed_publicly'),
      locations: await store.locations.count(),
      needsVolunteerLink:
        isLimitedToOwnRecords(user.role) && !(await store.facilitators.isUserLinked(user.id)),
    };
  },
};
