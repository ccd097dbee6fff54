import { nextCivilDay, startOfCivilDay } from '../../shared/domain/zoned-time';
import type { Handlers } from '../core/handler-types';

const AUDIT_LOG = 'audit_log';
const FILTER_NAMES = ['userId', 'entity', 'action', 'fromDate', 'toDate'] as const;

export const auditHandlers: Handlers<'listAuditLog' | 'verifyAuditLog'> = {
  // Reading the log is itself logged, with the names of the filters used (never their values).
  listAuditLog: (input, { write }) =>
    write({ action: 'read', entity: AUDIT_LOG }, async (repos, audit) => {
      audit.setFields(FILTER_NAMES.filter((name) => input[name] !== null));
      const { fromDate, toDate, ...filters } = input;
      // The days are the centre's days, whatever the clock of the computer reading the log.
      const { timeZone } = await repos.organisation.get();
      return repos.audit.list({
        ...filters,
        from: fromDate === null ? null : startOfCivilDay(fromDate, timeZone),
        to: toDate === null ? null : startOfCivilDay(nextCivilDay(toDate), timeZone),
      });
    }),
  // The check runs before its own entry is added, so it reports the log as it was found.
  verifyAuditLog: (_input, { write }) =>
    write({ action: 'verify', entity: AUDIT_LOG }, (repos) => repos.audit.verify()),
};
