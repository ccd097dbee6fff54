import { ADMIN } from './temp-core';

// The accounts the vault-session tests (tests/main/core/vault-*.test.ts) sign in with.

export const ADMIN_LOGIN = { username: ADMIN.username, password: ADMIN.password };
export const FACILITATOR = {
  username: 'fran',
  displayName: 'Fran Facilitator',
  role: 'facilitator' as const,
  password: 'meadow-lark-31',
};
