export const ROLES = ['admin', 'coordinator', 'facilitator'] as const;
export type Role = (typeof ROLES)[number];

export const ANY_ROLE: readonly Role[] = ROLES;
export const STAFF: readonly Role[] = ['admin', 'coordinator'];
export const ADMIN_ONLY: readonly Role[] = ['admin'];
