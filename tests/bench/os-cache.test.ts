import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeTempDir } from '../support/temp-core';
import { dropFromOsCache, osCacheDropCheck, residentBytes } from './os-cache';

describe('dropping a file from the OS page cache (the cipher bench’s cold runs)', () => {
  const dir = makeTempDir('ck-os-cache-');
  const file = path.join(dir, 'pages.bin');

  beforeAll(() => writeFileSync(file, randomBytes(4 * 1024 * 1024)));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // Where fincore can tell (Linux with util-linux), the pages must really go; elsewhere the
  // check must say it cannot, so the bench leaves those rows out instead of mislabelling them.
  const canTell = () => process.platform === 'linux' && residentBytes(file) !== null;

  it('empties the cache of a file that was read, where the OS can say so', () => {
    readFileSync(file);
    const cachedBefore = residentBytes(file);
    dropFromOsCache(file);
    expect({ cachedBefore: (cachedBefore ?? 0) > 0, after: residentBytes(file) }).toEqual(
      canTell() ? { cachedBefore: true, after: 0 } : { cachedBefore: false, after: null },
    );
  });

  it('is checked before the bench relies on it', () => {
    expect(osCacheDropCheck(file).isPossible).toBe(canTell());
  });

  it('leaves alone a file that does not exist (no WAL yet)', () => {
    expect(() => dropFromOsCache(path.join(dir, 'none-wal'))).not.toThrow();
  });
});
