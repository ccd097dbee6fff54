import { demoWriteFor } from '../../../main/demo/core-write';
import type { ListVolunteersInput } from '../../../shared/domain/volunteers';
import { fullVolunteer } from '../../support/sample-inputs';
import { createSetUpCore, sampleGroup } from '../../support/temp-core';

type SetUpCore = Awaited<ReturnType<typeof createSetUpCore>>;

// The core keeps every volunteer's readiness state between list calls (main/volunteers/
// readiness-states.ts). Each test first asks once so the states are kept, then changes one
// thing and expects the very next answer to show it.

// Noon in London on 30 November 2026: the organisation's today is 2026-11-30.
const NOW = Date.UTC(2026, 10, 30, 12);
const DAY_MS = 24 * 60 * 60 * 1000;

describe('the readiness states the volunteer list keeps between calls', () => {
  let test: SetUpCore;
  let now: number;
  let trainingId: number;
  let ana: number;
  let bea: number;

  beforeEach(async () => {
    now = NOW;
    test = await createSetUpCore(() => now);
    trainingId = (
      await test.call('createTraining', {
        name: 'Safeguarding',
        validityMonths: 12,
        isRequiredForCo: true,
      })
    ).id;
    ana = (
      await test.call('createVolunteer', fullVolunteer({ firstName: 'Ana', preferredName: '' }))
    ).id;
    bea = (
      await test.call('createVolunteer', fullVolunteer({ firstName: 'Bea', preferredName: '' }))
    ).id;
    // Expires on 2026-12-31: one day past the 30-day warning window today, inside it tomorrow.
    await test.call('recordTrainingCompletion', {
      volunteerId: ana,
      trainingId,
      completedOn: '2025-12-31',
    });
  });

  afterEach(() => test.cleanUp());

  async function names(query: ListVolunteersInput): Promise<string[]> {
    return (await test.call('listVolunteers', query)).rows.map((row) => row.firstName);
  }

  it('shows a recorded or removed completion at once', async () => {
    expect(await names({ readiness: 'ready' })).toEqual(['Ana']);
    const trained = await test.call('recordTrainingCompletion', {
      volunteerId: bea,
      trainingId,
      completedOn: '2026-10-01',
    });
    expect(await names({ readiness: 'ready' })).toEqual(['Ana', 'Bea']);
    await test.call('removeTrainingCompletion', { id: trained.completions[0]!.id });
    expect(await names({ readiness: 'ready' })).toEqual(['Ana']);
    expect(await names({ sort: 'readiness' })).toEqual(['Bea', 'Ana']);
  });

  it("shows a change to a training's validity at once", async () => {
    expect(await names({ readiness: 'not_ready' })).toEqual(['Bea']);
    await test.call('updateTraining', {
      id: trainingId,
      name: 'Safeguarding',
      validityMonths: 6,
      isRequiredForCo: true,
    });
    // Completed 2025-12-31, valid six months: expired on 2026-06-30.
    expect(await names({ readiness: 'not_ready' })).toEqual(['Ana', 'Bea']);
  });

  it('shows the day turning at once, with nothing written', async () => {
    expect(await names({ readiness: 'ready' })).toEqual(['Ana']);
    expect(await names({ sort: 'readiness', direction: 'desc' })).toEqual(['Ana', 'Bea']);
    now += DAY_MS;
    expect(await names({ readiness: 'ready' })).toEqual([]);
    expect(await names({ readiness: 'expiring' })).toEqual(['Ana']);
  });

  it("shows a change to the organisation's time zone at once", async () => {
    // 23:30 in London on 30 November is already 1 December in Auckland.
    now = Date.UTC(2026, 10, 30, 23, 30);
    expect(await names({ readiness: 'ready' })).toEqual(['Ana']);
    const organisation = await test.call('getOrganisation', {});
    await test.call('updateOrganisation', { ...organisation, timeZone: 'Pacific/Auckland' });
    expect(await names({ readiness: 'expiring' })).toEqual(['Ana']);
  });

  it('shows a write made outside the API methods (demo loading) at once', async () => {
    expect(await names({ readiness: 'ready' })).toEqual(['Ana']);
    await demoWriteFor(test.core)(
      { action: 'create', entity: 'demo-volunteers' },
      async (repos) => {
        await repos.trainings.addCompletion(bea, trainingId, '2026-10-01');
      },
    );
    expect(await names({ readiness: 'ready' })).toEqual(['Ana', 'Bea']);
  });

  it("shows a volunteer's status, background check and erasure at once", async () => {
    expect(await names({ readiness: 'ready' })).toEqual(['Ana']);
    await test.call('deactivateVolunteer', { id: ana });
    expect(await names({ readiness: 'ready' })).toEqual([]);
    await test.call('reactivateVolunteer', { id: ana });
    expect(await names({ readiness: 'ready' })).toEqual(['Ana']);
    const before = await test.call('getVolunteer', { id: ana });
    await test.call('updateVolunteer', {
      ...fullVolunteer({ firstName: 'Ana', preferredName: '' }),
      id: ana,
      backgroundCheckExpiresOn: '2026-12-10',
    });
    expect(before.readiness.state).toBe('ready');
    expect(await names({ readiness: 'expiring' })).toEqual(['Ana']);
    await test.call('eraseVolunteer', { id: bea, confirmName: 'Bea Okafor' });
    expect(await names({ sort: 'readiness' })).toEqual(['Ana']);
    expect(await names({ readiness: 'not_ready' })).toEqual([]);
  });

  it('works out again only the volunteers a write changed, and no one after other writes', async () => {
    // White-box on purpose: the cost is what changes, and it is not visible through the API.
    const list = test.core.vault.store.volunteerList;
    const everyone = jest.spyOn(list, 'matching');
    const some = jest.spyOn(list, 'matchesOf');
    try {
      await names({ readiness: 'ready' });
      expect([everyone.mock.calls.length, some.mock.calls.length]).toEqual([1, 0]);
      const organisation = await test.call('getOrganisation', {});
      await test.call('updateOrganisation', organisation);
      await test.call('createGroup', sampleGroup());
      expect(await names({ readiness: 'ready' })).toEqual(['Ana']);
      expect([everyone.mock.calls.length, some.mock.calls.length]).toEqual([1, 0]);
      await test.call('recordTrainingCompletion', {
        volunteerId: bea,
        trainingId,
        completedOn: '2026-10-01',
      });
      expect(await names({ readiness: 'ready' })).toEqual(['Ana', 'Bea']);
      expect(everyone.mock.calls.length).toBe(1);
      expect(some.mock.calls).toEqual([[[bea]]]);
    } finally {
      everyone.mockRestore();
      some.mockRestore();
    }
  });

  it('forgets every state at lock, so nothing worked out from the database outlives the key', async () => {
    // White-box on purpose: what is kept is not visible through the API, by design.
    const kept = () => test.core['readinessStates']['entry'];
    await names({ readiness: 'ready' });
    expect(kept()?.states.size).toBe(2);
    await test.call('lock', {});
    expect(kept()).toBeNull();
  });
});
