import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../../../main/vault/atomic-file';
import { makeTempDir } from '../../support/temp-core';

let dir: string;
beforeEach(() => {
  dir = makeTempDir('ck-atomic-');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('replaces the file with the new content and leaves no temp file', () => {
    const file = path.join(dir, 'settings.json');
    writeFileSync(file, 'old');
    writeFileAtomic(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['settings.json']);
  });

  it('removes its temp file when the write fails, leaving the old content as it was', () => {
    // A folder in the target's place makes the final rename fail after the temp file is written.
    const target = path.join(dir, 'keyslots.json');
    mkdirSync(target);
    writeFileSync(path.join(target, 'inside'), 'kept');
    expect(() => writeFileAtomic(target, 'new')).toThrow();
    expect(readdirSync(dir)).toEqual(['keyslots.json']);
    expect(readFileSync(path.join(target, 'inside'), 'utf8')).toBe('kept');
  });
});
