// Scenario bookkeeping: each scenario logs what it did and records checks; any failed check fails it.

export interface ScenarioContext {
  /** A line saying what the scenario did or saw, printed under its name. */
  log(line: string): void;
  /** Records a check; a false one fails the scenario, and the run goes on to say what else held. */
  check(isHeld: boolean, what: string): boolean;
}

export interface Scenario {
  name: string;
  run(context: ScenarioContext): Promise<void>;
}

/** A scenario that takes longer has hung: it fails, and the run goes on. */
const SCENARIO_TIMEOUT_MS = 180_000;

function withTimeout(work: Promise<void>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no end after ${SCENARIO_TIMEOUT_MS / 1000} s`)),
      SCENARIO_TIMEOUT_MS,
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export interface Tally {
  passed: number;
  failed: number;
  failedNames: string[];
}

export function newTally(): Tally {
  return { passed: 0, failed: 0, failedNames: [] };
}

/** Runs one scenario, prints PASS or FAIL with its log, and counts it. */
export async function runScenario(scenario: Scenario, tally: Tally): Promise<boolean> {
  const lines: string[] = [];
  const failures: string[] = [];
  const started = performance.now();
  const context: ScenarioContext = {
    log: (line) => lines.push(line),
    check(isHeld, what) {
      if (!isHeld) failures.push(what);
      return isHeld;
    },
  };
  try {
    await withTimeout(scenario.run(context));
  } catch (error) {
    failures.push(`stopped by an error: ${(error as Error).message}`);
  }
  const isPassed = failures.length === 0;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${isPassed ? 'PASS' : 'FAIL'} ${scenario.name} (${seconds} s)`);
  for (const line of lines) console.log(`     ${line}`);
  for (const failure of failures) console.log(`     ✗ ${failure}`);
  if (isPassed) tally.passed += 1;
  else {
    tally.failed += 1;
    tally.failedNames.push(scenario.name);
  }
  return isPassed;
}
