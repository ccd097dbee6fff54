import { readinessStateOf, type ReadinessState } from '../../shared/domain/readiness';
import type { Repositories, Store } from '../store/store';
import { groupByVolunteer, type ReadinessInputs } from './volunteer-views';

// Filtering or sorting the list by readiness needs the state of every volunteer, and working it
// out for 5,000 costs more than the rest of the call. It only changes when what it reads is
// written (a volunteer's status, erasure or background check, a completion, the catalogue) or
// the day turns, so the core keeps the last answer: ids and states only, nothing personal.
// After a write, triggers (migration 0011) tell which volunteers changed: only they are worked
// out again. A new day or another catalogue works everyone out again.

export type ReadinessStates = ReadonlyMap<number, ReadinessState>;

/** These volunteers' states by the one rule; every listed (not erased) one when `ids` is null. */
async function readinessStatesOf(
  repos: Repositories,
  inputs: ReadinessInputs,
  ids: readonly number[] | null,
): Promise<Map<number, ReadinessState>> {
  const volunteers =
    ids === null
      ? await repos.volunteerList.matching(
          { search: '', status: null, language: null, backgroundCheck: null, today: inputs.today },
          'name',
          'asc',
        )
      : await repos.volunteerList.matchesOf(ids);
  const completions = groupByVolunteer(await repos.trainings.latestCompletions(ids));
  return new Map(
    volunteers.map((facts) => [
      facts.id,
      readinessStateOf(
        { ...facts, completions: completions.get(facts.id) ?? [] },
        inputs.catalogue,
        inputs.today,
      ),
    ]),
  );
}

/** More changed volunteers than this are worked out with everyone else. */
const MAX_CAUGHT_UP = 500;

interface Entry {
  store: Store;
  /** The store's change count when the states were read: any write since moves it. */
  changes: number;
  /** The latest readiness stamp (migration 0011) the states include. */
  seq: number;
  today: string;
  /** The catalogue the states were worked out against, as JSON. */
  catalogue: string;
  states: Map<number, ReadinessState>;
}

/** The last states worked out, brought up to date after a write with the volunteers it changed. */
export class ReadinessStateCache {
  private entry: Entry | null = null;

  async of(store: Store, inputs: ReadinessInputs): Promise<ReadinessStates> {
    // Read before anything else: a write landing while this call reads moves both again.
    const changes = store.changeCount();
    const catalogue = JSON.stringify(inputs.catalogue);
    const entry = this.entry;
    if (entry?.store === store && entry.today === inputs.today && entry.catalogue === catalogue) {
      if (entry.changes === changes || (await this.caughtUp(entry, inputs))) {
        entry.changes = changes;
        return entry.states;
      }
    }
    const seq = await store.volunteerList.latestReadinessChange();
    const states = await readinessStatesOf(store, inputs, null);
    this.entry = { store, changes, seq, today: inputs.today, catalogue, states };
    return states;
  }

  /**
   * Works out again the volunteers changed since the entry was read; false when they are so
   * many (an import) that working everyone out again is as cheap.
   */
  private async caughtUp(entry: Entry, inputs: ReadinessInputs): Promise<boolean> {
    const changed = await entry.store.volunteerList.readinessChangesSince(entry.seq);
    if (changed.ids.length === 0) return true;
    if (changed.ids.length > MAX_CAUGHT_UP) return false;
    const states = await readinessStatesOf(entry.store, inputs, changed.ids);
    for (const id of changed.ids) {
      const state = states.get(id);
      // Erased (or gone): no longer listed.
      if (state === undefined) entry.states.delete(id);
      else entry.states.set(id, state);
    }
    entry.seq = changed.seq;
    return true;
  }

  /** At lock: nothing worked out from the database outlives its key. */
  clear(): void {
    this.entry = null;
  }
}
