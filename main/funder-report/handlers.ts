import { assembleFunderReport } from '../../shared/domain/funder-report';
import type { Handlers } from '../core/handler-types';

export const funderReportHandlers: Handlers<'getFunderReport'> = {
  /**
   * A few grouped queries, whatever the period's length: sessions per group and month, hours
   * per group and month, the volunteers who gave time, and the names of the groups found.
   */
  getFunderReport: async (period, { store, now }) => {
    const nowIso = new Date(now()).toISOString();
    const [sessions, hours, volunteersGivingTime] = await Promise.all([
      store.funderReport.sessionCounts(period, nowIso),
      store.hours.byGroupAndMonth(period),
      store.hours.volunteersWithHours(period),
    ]);
    const groups = await store.funderReport.groupsNamed([
      ...new Set(sessions.map((row) => row.groupId)),
    ]);
    return assembleFunderReport({ period, sessions, hours, groups, volunteersGivingTime });
  },
};
