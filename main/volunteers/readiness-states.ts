import { computeReadiness, type ReadinessState } from '../../shared/domain/readiness';
import type { Repositories, Store } from '../store/store';
import { groupByVolunteer, type ReadinessInputs } from './volunteer-views';

// Filtering or sorting the list by readiness needs the state of every volunteer, and working it
// out for 5,000 costs more than the rest of the call. It only changes when something is written
// or the day turns, so the core keeps the last answer: ids and states only, nothing personal.

export type ReadinessStates = ReadonlyMap<number, ReadinessState>;

/** The readiness state of every listed (not erased) volunteer, by the one rule. */
async function everyReadinessState(
  repos: Repositories,
  inputs: ReadinessInputs,
): Promise<Map<number, ReadinessState>> {
  const volunteers = await repos.volunteers.matching(
    { search: '', status: null, language: null, backgroundCheck: null, today: inputs.today },
    'name',
    'asc',
  );
  const completions = groupByVolunteer(await repos.trainings.latestCompletions());
  return new Map(
    volunteers.map((facts) => [
      facts.id,
      computeReadiness(
        { ...facts, completions: completions.get(facts.id) ?? [] },
        inputs.catalogue,
        inputs.today,
      ).state,
    ]),
  );
}

interface Entry {
  store: Store;
  /** The store's change count when the states were read: any write since moves it. */
  changes: number;
  today: string;
  states: ReadinessStates;
}

/** The last states worked out, good for as long as the same store saw no write on the same day. */
export class ReadinessStateCache {
  private entry: Entry | null = null;

  async of(store: Store, inputs: ReadinessInputs): Promise<ReadinessStates> {
    const changes = store.changeCount();
    const entry = this.entry;
    if (entry?.store === store && entry.changes === changes && entry.today === inputs.today) {
      return entry.states;
    }
    const states = await everyReadinessState(store, inputs);
    this.entry = { store, changes, today: inputs.today, states };
    return states;
  }

  /** At lock: nothing worked out from the database outlives its key. */
  clear(): void {
    this.entry = null;
  }
}
