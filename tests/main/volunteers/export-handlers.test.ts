import { fullVolunteer } from '../../support/sample-inputs';
import { createSetUpCore } from '../../support/temp-core';
import { FACILITATOR } from '../../support/vault-accounts';

describe('exportVolunteers', () => {
  let test: Awaited<ReturnType<typeof createSetUpCore>>;

  beforeEach(async () => {
    test = await createSetUpCore();
  });
  afterEach(() => test.cleanUp());

  it('returns every volunteer matching the filters, past the 50-row page, in the list order', async () => {
    for (let n = 0; n < 55; n++) {
      const lastName = `Person${String(n).padStart(2, '0')}`;
      await test.call(
        'createVolunteer',
        fullVolunteer({ lastName, preferredName: '', status: 'active' }),
      );
    }
    await test.call(
      'createVolunteer',
      fullVolunteer({ lastName: 'Applicant', status: 'applicant' }),
    );

    const active = await test.call('exportVolunteers', { status: 'active', direction: 'desc' });
    expect(active).toHaveLength(55);
    expect(active[0]?.lastName).toBe('Person54');
    expect(active.at(-1)?.lastName).toBe('Person00');
    expect(active.every((v) => v.status === 'active')).toBe(true);
    // The same rows the paged list holds for those filters.
    const page = await test.call('listVolunteers', { status: 'active', direction: 'desc' });
    expect(page.total).toBe(active.length);
    expect(active.slice(0, 50).map((v) => v.id)).toEqual(page.rows.map((v) => v.id));
  });

  it('leaves out what the list leaves out: erased volunteers, notes, emergency contacts', async () => {
    const kept = await test.call('createVolunteer', fullVolunteer({ lastName: 'Kept' }));
    const erased = await test.call('createVolunteer', fullVolunteer({ lastName: 'Gone' }));
    await test.call('eraseVolunteer', { id: erased.id, confirmName: erased.displayName });

    const rows = await test.call('exportVolunteers', {});
    expect(rows.map((v) => v.id)).toEqual([kept.id]);
    expect(rows[0]).not.toHaveProperty('notes');
    expect(rows[0]).not.toHaveProperty('emergencyContactName');
    expect(JSON.stringify(rows)).not.toContain('Prefers evening groups');
  });

  it('refuses a facilitator', async () => {
    await test.call('createUser', FACILITATOR);
    await test.call('logIn', { username: FACILITATOR.username, password: FACILITATOR.password });
    expect(await test.refuse('exportVolunteers', {})).toMatchObject({ code: 'FORBIDDEN' });
  });
});
