import { api } from '../../../shared/api/contract';
import { ROLES, type Role } from '../../../shared/api/roles';
import {
  ACCOUNTS,
  addSampleData,
  addStaffAccounts,
  expectRefusal,
  NON_PUBLIC,
  PUBLIC,
  type SetUpCore,
} from '../../support/dispatch-world';
import { createSetUpCore, sampleGroup } from '../../support/temp-core';

describe('the role matrix, derived from the contract', () => {
  let test: SetUpCore;

  beforeAll(async () => {
    test = await createSetUpCore();
    await addStaffAccounts(test);
    await addSampleData(test);
  });

  afterAll(() => test.cleanUp());

  const cases = NON_PUBLIC.flatMap((method) => ROLES.map((role) => [method, role] as const));

  it('covers every method in the contract', () => {
    expect(NON_PUBLIC.length + PUBLIC.length).toBe(Object.keys(api).length);
    expect(cases.length).toBe(NON_PUBLIC.length * ROLES.length);
  });

  it.each(cases)(
    '%s as %s is refused exactly when the contract leaves the role out',
    async (method, role) => {
      await test.call('logIn', ACCOUNTS[role]);
      const access = api[method].access as readonly Role[];
      // Authorization comes before validation: even an empty input must be refused.
      const result = await test.core.call(method, {});
      if (access.includes(role)) {
        expect(result.ok ? 'ok' : result.error.code).not.toBe('FORBIDDEN');
      } else {
        expect(expectRefusal(result)).toEqual({
          code: 'FORBIDDEN',
          messageKey: 'errors.FORBIDDEN',
        });
        expect(expectRefusal(await test.core.call(method, 42))).toMatchObject({
          code: 'FORBIDDEN',
        });
      }
    },
  );

  it.each(PUBLIC.flatMap((method) => ROLES.map((role) => [method, role] as const)))(
    'public method %s is never FORBIDDEN for %s',
    async (method, role) => {
      await test.call('logIn', ACCOUNTS[role]);
      const result = await test.core.call(method, {});
      expect(result.ok ? 'ok' : result.error.code).not.toBe('FORBIDDEN');
    },
  );

  it('lets a facilitator read groups but not change them', async () => {
    await test.call('logIn', ACCOUNTS.facilitator);
    expect(Array.isArray(await test.call('listGroups', {}))).toBe(true);
    expect(await test.refuse('createGroup', sampleGroup())).toMatchObject({ code: 'FORBIDDEN' });
  });
});
