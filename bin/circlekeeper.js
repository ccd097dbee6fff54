#!/usr/bin/env node
// npx puts node_modules/.bin first on PATH, so `node` here is the project's pinned Node 22.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/main/cli.js', import.meta.url));
if (!existsSync(cli)) {
  process.stderr.write('Circlekeeper is not built yet. Run `npm run build` first.\n');
  process.exit(1);
}
await import(cli);
