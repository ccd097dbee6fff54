import { demoWriteFor } from '../../../main/demo/core-write';
import { generateDemoData } from '../../../main/demo/generate';
import { loadDemoData } from '../../../main/demo/load';
import { loadDemoPeople } from '../../../main/demo/load-people';
import { DEMO_TRAININGS, DEMO_USERS, generateDemoPeople } from '../../../main/demo/people';
import { computeReadiness } from '../../../shared/domain/readiness';
import { withRawVaultDatabase } from '../../support/raw-database';
import { ADMIN, createSetUpCore } from '../../support/temp-core';

const TODAY = '2026-11-30';
// Noon in London on TODAY.
const NOW = Date.UTC(2026, 10, 30, 12);
const CREDENTIALS = { username: ADMIN.username, password: ADMIN.password };
const CATALOGUE = DEMO_TRAININGS.map((t, i) => ({ ...t, id: i, isRetired: false }));

// Generating 5,000 volunteers twice takes seconds on a busy machine.
jest.setTimeout(60_000);

describe('demo people', () => {
  const groups = generateDemoData('large').groups;
  const large = generateDemoPeople('large', groups, TODAY);

  function readinessOf(index: number) {
    const completions = large.completions
      .filter((c) => c.volunteerIndex === index)
      .map((c) => ({ trainingId: c.trainingIndex, completedOn: c.completedOn }));
    return computeReadiness(
      { ...large.volunteers[index]!, isErased: false, completions },
      CATALOGUE,
      TODAY,
    );
  }

  it('are the same every time for the same day', () => {
    expect(generateDemoPeople('large', groups, TODAY)).toEqual(large);
    expect(generateDemoPeople('small', [], TODAY).volunteers).toHaveLength(40);
  });

  it('has 5,000 varied volunteers, mostly active, with every check state and every readiness', () => {
    const { volunteers } = large;
    expect(volunteers).toHaveLength(5000);
    expect(new Set(volunteers.map((v) => v.lastName)).size).toBeGreaterThan(80);
    expect(new Set(volunteers.flatMap((v) => v.languages)).size).toBeGreaterThan(12);
    expect(volunteers.filter((v) => v.email).every((v) => v.email.endsWith('@example.org'))).toBe(
      true,
    );
    expect(volunteers.filter((v) => v.status === 'active').length).toBeGreaterThan(3500);
    expect(volunteers.every((v) => v.availability.length > 0 && v.emergencyContactName)).toBe(true);
    const checks = new Set(volunteers.map((v) => v.backgroundCheckStatus));
    expect(checks).toEqual(new Set(['not_started', 'pending', 'cleared', 'not_cleared']));
    const cleared = volunteers.filter((v) => v.backgroundCheckStatus === 'cleared');
    expect(cleared.some((v) => v.backgroundCheckExpiresOn! < TODAY)).toBe(true);
    expect(
      cleared.some(
        (v) => v.backgroundCheckExpiresOn! >= TODAY && v.backgroundCheckExpiresOn! <= '2026-12-30',
      ),
    ).toBe(true);
    const states = volunteers.map((_, i) => readinessOf(i).state);
    for (const state of ['ready', 'expiring', 'not_ready'] as const) {
      expect(states.filter((s) => s === state).length).toBeGreaterThan(300);
    }
  });

  it('gives every active group a lead who may lead, a co-facilitator and a backup', () => {
    const active = groups.flatMap((g, i) => (g.group.status === 'active' ? [i] : []));
    for (const groupIndex of active) {
      const rows = large.facilitators.filter((f) => f.groupIndex === groupIndex);
      expect(rows.map((f) => f.role).sort()).toEqual(['backup', 'co', 'lead']);
      expect(new Set(rows.map((f) => f.volunteerIndex)).size).toBe(3);
      const lead = rows.find((f) => f.role === 'lead')!;
      expect(readinessOf(lead.volunteerIndex).lead.state).toBe('ready');
    }
    expect(large.facilitators.every((f) => active.includes(f.groupIndex))).toBe(true);
    const firstLead = large.facilitators.find((f) => f.role === 'lead')!;
    expect(large.facilitatorVolunteerIndex).toBe(firstLead.volunteerIndex);
  });

  it('loads through the core: accounts of each role sign in with the password of the admin who ran it', async () => {
    const test = await createSetUpCore(() => NOW);
    try {
      const data = generateDemoData('small');
      const { groupIds } = await loadDemoData(test.call, data);
      const people = generateDemoPeople('small', data.groups, TODAY);
      await loadDemoPeople(test.call, demoWriteFor(test.core), people, groupIds, ADMIN.password);
      expect((await test.call('listVolunteers', {})).total).toBe(40);
      expect((await test.call('listTrainings', {})).map((t) => t.name)).toEqual(
        expect.arrayContaining(DEMO_TRAININGS.map((t) => t.name)),
      );
      for (const readiness of ['ready', 'expiring', 'not_ready'] as const) {
        expect((await test.call('listVolunteers', { readiness })).total).toBeGreaterThan(0);
      }
      for (const user of DEMO_USERS) {
        await test.call('logOut', {});
        const signedIn = await test.call('logIn', {
          username: user.username,
          password: ADMIN.password,
        });
        expect(signedIn).toMatchObject({ username: user.username, role: user.role });
      }
      await test.call('lock', {});
      const leadRoles = await withRawVaultDatabase(test.dataDir, CREDENTIALS, (db) =>
        db
          .prepare(
            `SELECT f.role FROM app_user u JOIN group_facilitator f ON f.volunteer_id = u.volunteer_id
             WHERE u.username = 'facilitator'`,
          )
          .pluck()
          .all(),
      );
      expect(leadRoles).toContain('lead');
    } finally {
      await test.cleanUp();
    }
  });
});
