import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../support/cli';

// The installers cannot be built on these machines (electron-builder downloads Electron), so the
// fuses are checked where they are declared: the builder config, against the builder's schema.
const CONFIG = readFileSync(path.join(ROOT, 'build', 'electron-builder.yml'), 'utf8');
const SCHEMA = JSON.parse(
  readFileSync(path.join(ROOT, 'node_modules', 'app-builder-lib', 'scheme.json'), 'utf8'),
) as { definitions: { FuseOptionsV1: { properties: Record<string, unknown> } } };

/** The flat `electronFuses:` mapping of the YAML config, as name → value text. */
function declaredFuses(): Record<string, string> {
  const lines = CONFIG.split('\n');
  const start = lines.findIndex((line) => line === 'electronFuses:');
  const fuses: Record<string, string> = {};
  for (const line of lines.slice(start + 1)) {
    const entry = /^ {2}([A-Za-z]+): *(\S+)$/.exec(line);
    if (!entry) break;
    fuses[entry[1]!] = entry[2]!;
  }
  return fuses;
}

describe('Electron fuses in the installer config', () => {
  it('loads the app only from app.asar and checks that archive against its embedded hash', () => {
    expect(declaredFuses()).toMatchObject({
      onlyLoadAppFromAsar: 'true',
      enableEmbeddedAsarIntegrityValidation: 'true',
    });
  });

  it('names only fuses that electron-builder knows, so none is silently ignored', () => {
    const known = Object.keys(SCHEMA.definitions.FuseOptionsV1.properties);
    const names = Object.keys(declaredFuses());
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((name) => !known.includes(name))).toEqual([]);
  });

  it('keeps the Node.js escape hatches closed', () => {
    expect(declaredFuses()).toMatchObject({
      runAsNode: 'false',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
    });
  });
});
