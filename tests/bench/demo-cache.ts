// The demo centre the bench measures, built once and reused: the large one takes minutes to
// build through the API. A cache folder per size, per CACHE_FORMAT and per SQLite driver (see
// cacheKey: an older schema is migrated on open); each run works on a copy, since the bench
// writes (backups, the horizon moved on). Rebuilt after a week: the data is laid out around the
// day it was built (8 weeks of history, 26 ahead).
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Core } from '../../main/core/core';
import type { ApiCall } from '../../main/core/core-caller';
import { loadDemoCentre } from '../../main/demo/load-centre';
import type { DemoSize } from '../../main/demo/generate';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract';
import { makeTempDir } from '../support/temp-core';

/** The bench runs as dist/bench/run.js: the repository is two folders up. */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Gitignored: encrypted demo data only, never anyone's records. */
export const CACHE_DIR = path.join(ROOT, '.bench-cache');
const MAX_AGE_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Bump when what is stored in the cache changes shape. */
const CACHE_FORMAT = 1;

export const BENCH_ACCOUNT = { username: 'admin', password: 'bench-password-2026' };
export const BENCH_TIME_ZONE = 'Europe/London';

export interface CentreSummary {
  builtAt: string;
  buildSeconds: number;
  groups: number;
  locations: number;
  volunteers: number;
  completions: number;
  pastSessions: number;
  recorded: number;
  incidents: number;
}

export interface BenchCentre {
  /** A fresh copy of the cached data folder, for this run alone. */
  dataDir: string;
  summary: CentreSummary;
  wasBuilt: boolean;
}

/**
 * Changes with the SQLite driver and with CACHE_FORMAT, not with every migration or change to the
 * demo generator: the large centre takes from 20 minutes (quiet) to an hour (loaded) to build, and
 * a cache built at an older schema is migrated on open like any centre upgrading, so an added
 * index is measured as the upgraded centre will have it. Bump CACHE_FORMAT when the generator's
 * data changes in a way the bench should see.
 */
export function cacheKey(size: DemoSize): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ CACHE_FORMAT, size, BENCH_ACCOUNT, BENCH_TIME_ZONE }));
  const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { version?: string }>;
  };
  hash.update(lock.packages['node_modules/better-sqlite3-multiple-ciphers']?.version ?? '');
  return `${size}-${hash.digest('hex').slice(0, 16)}`;
}

async function must<M extends MethodName>(
  core: Core,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const result = await core.call(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code}`);
  return result.value as MethodOutput<M>;
}

/** Production scrypt parameters and the real encrypted database; nothing is mocked. */
async function buildCentre(size: DemoSize, dataDir: string): Promise<CentreSummary> {
  const start = performance.now();
  mkdirSync(dataDir, { recursive: true });
  const core = new Core({ dataDir, isIdleLockTimerOn: false });
  try {
    await must(core, 'setUpVault', {
      organisationName: 'Bench Centre',
      timeZone: BENCH_TIME_ZONE,
      language: 'en',
      admin: { ...BENCH_ACCOUNT, displayName: 'Bench Admin' },
    });
    const call: ApiCall = (method, input) => must(core, method, input);
    const { data, people, sessions } = await loadDemoCentre(core, call, size, BENCH_ACCOUNT);
    return {
      builtAt: new Date().toISOString(),
      buildSeconds: Math.round((performance.now() - start) / 1000),
      groups: data.groups.length,
      locations: data.locations.length,
      volunteers: people.volunteers.length,
      completions: people.completions.length,
      pastSessions: sessions.pastSessions,
      recorded: sessions.recorded,
      incidents: sessions.incidents,
    };
  } finally {
    await core.close();
  }
}

function readSummary(cache: string): CentreSummary | null {
  const file = path.join(cache, 'summary.json');
  if (!existsSync(file)) return null;
  const summary = JSON.parse(readFileSync(file, 'utf8')) as CentreSummary;
  const ageMs = Date.now() - Date.parse(summary.builtAt);
  return ageMs >= 0 && ageMs < MAX_AGE_DAYS * DAY_MS ? summary : null;
}

/**
 * The demo centre of `size`, from the cache when it is there and current, built into it
 * otherwise (in a temp folder renamed into place, so an interrupted build is never reused).
 */
export async function openBenchCentre(size: DemoSize): Promise<BenchCentre> {
  const key = cacheKey(size);
  const cache = path.join(CACHE_DIR, key);
  let summary = readSummary(cache);
  const wasBuilt = summary === null;
  if (!summary) {
    // Older caches of this size (another schema, or too old) are only in the way.
    if (existsSync(CACHE_DIR)) {
      for (const name of readdirSync(CACHE_DIR)) {
        // Another run's build in progress (`.building-<pid>`) is left alone.
        const isOlder = name.startsWith(`${size}-`) && !name.includes('.building-');
        if (isOlder) rmSync(path.join(CACHE_DIR, name), { recursive: true });
      }
    }
    const building = `${cache}.building-${process.pid}`;
    summary = await buildCentre(size, path.join(building, 'data'));
    writeFileSync(path.join(building, 'summary.json'), JSON.stringify(summary, null, 2));
    renameSync(building, cache);
  }
  const dataDir = makeTempDir('ck-bench-');
  cpSync(path.join(cache, 'data'), dataDir, { recursive: true });
  return { dataDir, summary, wasBuilt };
}

export function describeCentre(centre: BenchCentre, size: DemoSize): string {
  const { summary } = centre;
  const ageHours = (Date.now() - statSync(path.join(CACHE_DIR, cacheKey(size))).mtimeMs) / 3.6e6;
  return centre.wasBuilt
    ? `Demo data (${size}) built in ${summary.buildSeconds} s and cached for later runs.`
    : `Demo data (${size}) reused from the cache (built ${ageHours.toFixed(1)} h ago, in ${summary.buildSeconds} s).`;
}
