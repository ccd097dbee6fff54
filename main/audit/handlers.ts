import type { Handlers } from '../core/handler-types';

const AUDIT_LOG = 'audit_log';

export const auditHandlers: Handlers<'listAuditLog' | 'verifyAuditLog'> = {
  // Reading the log is itself logged, with the names of the filters used (never their values).
  listAuditLog: (filters, { write }) =>
    write({ action: 'read', entity: AUDIT_LOG }, async (repos, audit) => {
      audit.setFields(
        (['userId', 'entity', 'action', 'from', 'to'] as const).filter(
          (name) => filters[name] !== null,
        ),
      );
      return repos.audit.list(filters);
    }),
  // The check runs before its own entry is added, so it reports the log as it was found.
  verifyAuditLog: (_input, { write }) =>
    write({ action: 'verify', entity: AUDIT_LOG }, (repos) => repos.audit.verify()),
};
