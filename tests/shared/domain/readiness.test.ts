import { addDays } from '../../../shared/domain/civil-dates';
import {
  computeReadiness,
  readinessStateOf,
  type CatalogueTraining,
  type ReadinessFacts,
} from '../../../shared/domain/readiness';

const TODAY = '2026-11-30';

const safeguarding: CatalogueTraining = {
  id: 1,
  name: 'Safeguarding',
  validityMonths: 12,
  isRequiredForLead: false,
  isRequiredForCo: true,
  isRetired: false,
};
const leading: CatalogueTraining = {
  id: 2,
  name: 'Leading a circle',
  validityMonths: null,
  isRequiredForLead: true,
  isRequiredForCo: false,
  isRetired: false,
};

const ready: ReadinessFacts = {
  status: 'active',
  isErased: false,
  backgroundCheckStatus: 'cleared',
  backgroundCheckExpiresOn: '2028-01-01',
  completions: [
    { trainingId: 1, completedOn: '2026-06-01' },
    { trainingId: 2, completedOn: '2024-01-01' },
  ],
};

/** Facts whose safeguarding completion expires `days` from today (12-month validity). */
const safeguardingExpiringIn = (days: number): ReadinessFacts => ({
  ...ready,
  completions: [
    { trainingId: 1, completedOn: addDays(addDays(TODAY, days), -365) },
    { trainingId: 2, completedOn: '2024-01-01' },
  ],
});

const readiness = (facts: ReadinessFacts, catalogue = [safeguarding, leading]) =>
  computeReadiness(facts, catalogue, TODAY);

describe('volunteer readiness', () => {
  it('is ready, to co-facilitate and to lead, with everything valid', () => {
    expect(readiness(ready)).toEqual({
      state: 'ready',
      problems: [],
      lead: { state: 'ready', problems: [] },
    });
  });

  it.each([
    ['yesterday', -1, 'not_ready', 'expired'],
    ['today', 0, 'expiring', 'expiring'],
    ['tomorrow', 1, 'expiring', 'expiring'],
    ['in 30 days', 30, 'expiring', 'expiring'],
  ] as const)('a training that expires %s makes the volunteer %s', (_when, days, state, reason) => {
    const result = readiness(safeguardingExpiringIn(days));
    expect(result.state).toBe(state);
    expect(result.problems).toEqual([
      {
        item: 'training',
        trainingId: 1,
        trainingName: 'Safeguarding',
        reason,
        date: addDays(TODAY, days),
      },
    ]);
  });

  it('a training that expires in 31 days is not flagged yet', () => {
    expect(readiness(safeguardingExpiringIn(31)).state).toBe('ready');
  });

  it('a training with no expiry never expires', () => {
    const result = readiness(
      { ...ready, completions: [{ trainingId: 2, completedOn: '1990-01-01' }] },
      [{ ...leading, isRequiredForCo: true }],
    );
    expect(result.state).toBe('ready');
  });

  it('a missing required training makes the volunteer not ready, naming it', () => {
    const result = readiness({
      ...ready,
      completions: [{ trainingId: 2, completedOn: '2024-01-01' }],
    });
    expect(result.state).toBe('not_ready');
    expect(result.problems).toEqual([
      {
        item: 'training',
        trainingId: 1,
        trainingName: 'Safeguarding',
        reason: 'missing',
        date: null,
      },
    ]);
  });

  it('a training required only for leads blocks leading, not co-facilitating', () => {
    const result = readiness({
      ...ready,
      completions: [{ trainingId: 1, completedOn: '2026-06-01' }],
    });
    expect(result.state).toBe('ready');
    expect(result.lead).toEqual({
      state: 'not_ready',
      problems: [
        {
          item: 'training',
          trainingId: 2,
          trainingName: 'Leading a circle',
          reason: 'missing',
          date: null,
        },
      ],
    });
  });

  it('the latest completion of a training counts', () => {
    const result = readiness({
      ...ready,
      completions: [
        { trainingId: 1, completedOn: '2020-01-01' },
        { trainingId: 1, completedOn: '2026-06-01' },
        { trainingId: 2, completedOn: '2024-01-01' },
      ],
    });
    expect(result.state).toBe('ready');
  });

  it('a retired training is no longer required', () => {
    expect(
      readiness({ ...ready, completions: [] }, [{ ...safeguarding, isRetired: true }]).state,
    ).toBe('ready');
  });

  it.each([
    ['not_started', 'not_started'],
    ['pending', 'pending'],
    ['not_cleared', 'not_cleared'],
  ] as const)('a background check %s makes the volunteer not ready', (status, reason) => {
    const result = readiness({ ...ready, backgroundCheckStatus: status });
    expect(result.state).toBe('not_ready');
    expect(result.problems).toEqual([{ item: 'background_check', reason, date: '2028-01-01' }]);
  });

  it('a cleared background check that expired yesterday makes the volunteer not ready', () => {
    const result = readiness({ ...ready, backgroundCheckExpiresOn: addDays(TODAY, -1) });
    expect(result.problems).toEqual([
      { item: 'background_check', reason: 'expired', date: addDays(TODAY, -1) },
    ]);
    expect(result.state).toBe('not_ready');
  });

  it('a background check expiring today is flagged as expiring', () => {
    expect(readiness({ ...ready, backgroundCheckExpiresOn: TODAY }).state).toBe('expiring');
  });

  it.each(['applicant', 'inactive'] as const)('an %s volunteer is not ready', (status) => {
    expect(readiness({ ...ready, status }).problems).toEqual([
      { item: 'status', reason: 'not_active' },
    ]);
  });

  it('lists blocking problems before the ones that only expire soon', () => {
    const result = readiness({
      ...safeguardingExpiringIn(5),
      backgroundCheckStatus: 'pending',
    });
    expect(result.state).toBe('not_ready');
    expect(result.problems.map((p) => p.reason)).toEqual(['pending', 'expiring']);
  });
});

describe('the state alone (readinessStateOf)', () => {
  /** Deterministic draws (mulberry32), so a failure names facts that can be found again. */
  function draws(seed: number) {
    let a = seed;
    const next = () => {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
    return { next, pick };
  }
  // Dates on and around every edge the rule has: expired, today, the warning window's last day.
  const NEAR = [-400, -366, -365, -364, -31, -1, 0, 1, 29, 30, 31, 365, 400];

  it('is what computeReadiness says, for 20,000 drawn volunteers and catalogues', () => {
    const { next, pick } = draws(13);
    let checked = 0;
    const states = new Set<string>();
    for (let i = 0; i < 20_000; i += 1) {
      const catalogue: CatalogueTraining[] = [1, 2, 3, 4]
        .filter(() => next() < 0.7)
        .map((id) => ({
          id,
          name: `Training ${id}`,
          validityMonths: pick([null, 12, 24]),
          isRequiredForLead: next() < 0.5,
          isRequiredForCo: next() < 0.5,
          isRetired: next() < 0.15,
        }));
      const facts: ReadinessFacts = {
        status: pick(['applicant', 'active', 'active', 'active', 'inactive'] as const),
        isErased: next() < 0.05,
        backgroundCheckStatus: pick([
          'not_started',
          'pending',
          'cleared',
          'cleared',
          'cleared',
          'not_cleared',
        ] as const),
        backgroundCheckExpiresOn: next() < 0.2 ? null : addDays(TODAY, pick(NEAR)),
        completions: [1, 2, 3, 4, 5]
          .filter(() => next() < 0.6)
          .flatMap((trainingId) =>
            // Sometimes a renewal: only the latest of two counts.
            Array.from({ length: next() < 0.2 ? 2 : 1 }, () => ({
              trainingId,
              completedOn: addDays(TODAY, pick(NEAR)),
            })),
          ),
      };
      const expected = computeReadiness(facts, catalogue, TODAY).state;
      expect([i, readinessStateOf(facts, catalogue, TODAY)]).toEqual([i, expected]);
      states.add(expected);
      checked += 1;
    }
    expect(checked).toBe(20_000);
    // The draws reach every state, or the comparison proves little.
    expect([...states].sort()).toEqual(['expiring', 'not_ready', 'ready']);
  });
});
