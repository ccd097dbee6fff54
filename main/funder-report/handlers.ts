import { assembleFunderReport } from '../../shared/domain/funder-report';
import type { Handlers } from '../core/handler-types';

export const funderReportHandlers: Handlers<'getFunderReport'> = {
  /**
   * The period's figures per group and month (its whole months as kept per month, the rest
   * added up from the sessions), the volunteers who gave time, and the names of the groups found.
   */
  getFunderReport: async (period, { store, now }) => {
    const nowIso = new Date(now()).toISOString();
    const { sessions, hours, volunteersGivingTime } = await store.funderReport.figures(
      period,
      nowIso,
    );
    const groups = await store.funderReport.groupsNamed([
      ...new Set(sessions.map((row) => row.groupId)),
    ]);
    return assembleFunderReport({ period, sessions, hours, groups, volunteersGivingTime });
  },
};
