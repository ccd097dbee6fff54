import type { GroupSummary } from '../../shared/domain/groups';
import type { Location } from '../../shared/domain/locations';
import type { ScenarioContext } from './harness';
import { verify, type KillTotals, type State, type Write } from './scenarios/write-ledger';

// The kill -9 check must be able to fail: these prove it sees a lost write and a phantom row.

const group = (id: number, name: string) => ({ id, name }) as GroupSummary;
const location = (id: number, name: string) => ({ id, name }) as Location;

function ledger(inFlight: Write | null = null): State {
  return {
    serve: null,
    acked: new Map([
      ['location:1', 'Riverside Hall'],
      ['group:1', 'Grief Circle'],
    ]),
    groupInputs: new Map(),
    inFlight,
  };
}

function recorder() {
  const failures: string[] = [];
  const context: ScenarioContext = {
    log: () => undefined,
    check(isHeld, what) {
      if (!isHeld) failures.push(what);
      return isHeld;
    },
  };
  const totals: KillTotals = { runs: 0, acknowledged: 0, lost: 0, phantom: 0 };
  return { failures, context, totals };
}

const createGroup = (name: string): Write => ({
  method: 'createGroup',
  kind: 'group',
  name,
  input: {},
});

describe('the kill -9 write ledger', () => {
  it('passes when every acknowledged write is there and nothing else', () => {
    const { failures, context, totals } = recorder();
    const outcome = verify(
      ledger(),
      { group: [group(1, 'Grief Circle')], location: [location(1, 'Riverside Hall')] },
      context,
      totals,
    );
    expect({ outcome, failures, totals }).toEqual({
      outcome: 'none',
      failures: [],
      totals: { runs: 0, acknowledged: 0, lost: 0, phantom: 0 },
    });
  });

  it('reports an acknowledged write that is missing after the reopen', () => {
    const { failures, context, totals } = recorder();
    verify(ledger(), { group: [], location: [location(1, 'Riverside Hall')] }, context, totals);
    expect(totals.lost).toBe(1);
    expect(failures).toEqual(['acknowledged group:1 "Grief Circle" is missing']);
  });

  it('reports a row that nobody wrote', () => {
    const { failures, context, totals } = recorder();
    verify(
      ledger(),
      {
        group: [group(1, 'Grief Circle'), group(2, 'Stranger')],
        location: [location(1, 'Riverside Hall')],
      },
      context,
      totals,
    );
    expect(totals.phantom).toBe(1);
    expect(failures).toEqual(['rows nobody wrote appeared: group:2']);
  });

  it('adopts the write in flight at the kill when it landed, and expects it from then on', () => {
    const { failures, context, totals } = recorder();
    const state = ledger(createGroup('Caregivers Cafe'));
    const outcome = verify(
      state,
      {
        group: [group(1, 'Grief Circle'), group(7, 'Caregivers Cafe')],
        location: [location(1, 'Riverside Hall')],
      },
      context,
      totals,
    );
    expect({ outcome, failures }).toEqual({ outcome: 'landed', failures: [] });
    expect(state.acked.get('group:7')).toBe('Caregivers Cafe');
  });

  it('accepts the write in flight at the kill not having landed', () => {
    const { failures, context, totals } = recorder();
    const outcome = verify(
      ledger(createGroup('Caregivers Cafe')),
      { group: [group(1, 'Grief Circle')], location: [location(1, 'Riverside Hall')] },
      context,
      totals,
    );
    expect({ outcome, failures }).toEqual({ outcome: 'not landed', failures: [] });
  });
});
