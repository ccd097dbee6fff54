// Builds everything into dist/: the main-side entries with esbuild, the renderer with Vite.
// `node scripts/build.mjs main` builds only the main side (used by Jest's global setup);
// `bench` and `reliability` build those runners (the latter with the main side it drives).
import { build as esbuild } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const nodeEntries = {
  'main/cli': 'main/cli/index.ts',
  'main/core-worker': 'main/core/worker.ts',
  'electron/main': 'main/electron/main.ts',
};

const nodeBundle = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node22',
  // Native and ESM dependencies stay in node_modules: electron-builder ships them unpacked.
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
};

// Bundled ESM still needs `require` for the CommonJS native module.
const requireShim =
  "import { createRequire as __ckRequire } from 'node:module'; const require = __ckRequire(import.meta.url);";

export async function buildMain() {
  await esbuild({
    ...nodeBundle,
    entryPoints: nodeEntries,
    outdir: 'dist',
    format: 'esm',
    banner: { js: requireShim },
  });
  // A sandboxed preload cannot load ESM: it must be one CommonJS file.
  await esbuild({
    ...nodeBundle,
    entryPoints: { 'electron/preload': 'main/electron/preload.ts' },
    outdir: 'dist',
    format: 'cjs',
    outExtension: { '.js': '.cjs' },
  });
}

/** Test runners that are bundled like the app, into dist/ beside it. */
function buildRunners(entryPoints) {
  return esbuild({
    ...nodeBundle,
    entryPoints,
    outdir: 'dist',
    format: 'esm',
    banner: { js: requireShim },
  });
}

/**
 * The benchmark runs bundled like the app, so it measures what ships (the PDFs: the renderer;
 * the HTTP path: the core worker; the start-up: dist/main/cli.js as `npm start` runs it).
 */
export async function buildBench() {
  await buildMain();
  await buildRunners({
    'bench/run': 'tests/bench/run.ts',
    'bench/sessions-probe': 'tests/bench/sessions-probe.ts',
    'bench/volunteers-probe': 'tests/bench/volunteers-probe.ts',
  });
  await buildRenderer();
}

/** The reliability suite drives the freshly built product (dist/main/) from beside it. */
export async function buildReliability() {
  await buildMain();
  await buildRunners({
    'reliability/run': 'tests/reliability/run.ts',
    'reliability/inject-disk-full': 'tests/reliability/inject-disk-full.ts',
  });
}

export async function buildRenderer() {
  const { build } = await import('vite');
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const only = process.argv[2];
  if (only === 'bench') await buildBench();
  else if (only === 'reliability') await buildReliability();
  else {
    if (only !== 'renderer') await buildMain();
    if (only !== 'main') await buildRenderer();
  }
}
