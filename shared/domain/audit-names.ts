// Every action and record type the app writes to the audit log. Writes are typed against these
// lists (main/core/handler-types.ts, main/store/audit-repository.ts), so nothing can write a name
// that is not listed, and tests/shared/domain/audit-names.test.ts checks each listed name
// has words in every language: the audit screen never shows a raw name like `withdrawConsent`.

export const AUDIT_ACTIONS = [
  // Setting up and signing in
  'setUp',
  'changePassword',
  'recoverPassword',
  'replaceRecoveryKey',
  'confirmRecoveryKey',
  'resetPassword',
  'disable',
  'enable',
  // Any record
  'create',
  'update',
  'delete',
  'read',
  'verify',
  'remove',
  'archive',
  'unarchive',
  'erase',
  // Volunteers and their training
  'deactivate',
  'reactivate',
  'retire',
  'restore',
  'record_completion',
  'remove_completion',
  // Group facilitators
  'assign_facilitator',
  'change_facilitator',
  'assign_lead_override',
  'remove_facilitator',
  // Sessions
  'generate',
  'cancel',
  'move',
  'record',
  'set_session_facilitators',
  'set_session_lead_override',
  'reset_session_facilitators',
  // Participants and incidents
  'withdrawConsent',
  'file',
  // Backups
  'createBackup',
  'updateBackupSettings',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ENTITIES = [
  'organisation',
  'settings',
  // The backup settings (the `setting` table's backup choices).
  'setting',
  'user',
  'recoveryKey',
  'audit_log',
  'backup',
  'location',
  'group',
  'volunteer',
  'training',
  'session',
  'closure',
  'participant',
  'incident',
  // The demo data's volunteers, added in one write.
  'demo-volunteers',
  // The print centre's referral resources (issue 11).
  'resource',
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];
