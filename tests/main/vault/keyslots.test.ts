import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../main/app-error';
import {
  KEYSLOTS_FORMAT,
  newKeySlotFile,
  readKeySlotFile,
  writeKeySlotFile,
} from '../../../main/vault/keyslots';
import { vaultPaths } from '../../../main/vault/vault';
import { makeTempDir } from '../../support/temp-core';

function refusalOf(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error('expected a refusal');
}

describe('the key-slot file', () => {
  let dir: string;
  let file: string;

  beforeEach(() => {
    dir = makeTempDir('ck-slots-');
    file = vaultPaths(dir).keySlots;
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads back what was written', () => {
    const content = newKeySlotFile();
    writeKeySlotFile(file, content);
    expect(readKeySlotFile(file)).toEqual(content);
  });

  it('is written readable and writable by its owner only', () => {
    writeKeySlotFile(file, newKeySlotFile());
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('leaves no temp file behind after writing', () => {
    writeKeySlotFile(file, newKeySlotFile());
    writeKeySlotFile(file, newKeySlotFile());
    expect(readFileSync(file, 'utf8')).toContain(KEYSLOTS_FORMAT);
    expect(readdirSync(dir)).toEqual([path.basename(file)]);
  });

  const validSlot = {
    id: '0b8f2a36-8a0e-4b8e-9a53-1f3f5d1b2c4d',
    kind: 'recovery',
    kdf: { algorithm: 'scrypt', salt: randomBytes(16).toString('base64'), N: 1024, r: 8, p: 1 },
    cipher: {
      algorithm: 'aes-256-gcm',
      iv: randomBytes(12).toString('base64'),
      tag: randomBytes(16).toString('base64'),
      ciphertext: randomBytes(32).toString('base64'),
    },
  };
  const validFile = { ...newKeySlotFile(), slots: [validSlot] };

  it.each([
    ['is not JSON', '{"format": "circlekeeper-keyslots", '],
    ['is empty', ''],
    ['is JSON of another format', JSON.stringify({ ...validFile, format: 'something-else' })],
    ['has an unknown version', JSON.stringify({ ...validFile, version: 2 })],
    ['has no database id', JSON.stringify({ ...validFile, databaseId: undefined })],
    [
      'has a slot of an unknown kind',
      JSON.stringify({ ...validFile, slots: [{ ...validSlot, kind: 'pin' }] }),
    ],
    [
      'has a slot with another cipher',
      JSON.stringify({
        ...validFile,
        slots: [{ ...validSlot, cipher: { ...validSlot.cipher, algorithm: 'aes-128-cbc' } }],
      }),
    ],
    [
      'has a slot whose scrypt cost is out of range',
      JSON.stringify({ ...validFile, slots: [{ ...validSlot, kdf: { ...validSlot.kdf, N: 2 } }] }),
    ],
    ['is a JSON array', '[]'],
    ['is JSON null', 'null'],
  ])("is refused as KEY_FILE_PROBLEM 'errors.KEY_FILE_PROBLEM' when it %s", (_why, text) => {
    writeFileSync(file, text);
    const error = refusalOf(() => readKeySlotFile(file));
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: 'KEY_FILE_PROBLEM',
      messageKey: 'errors.KEY_FILE_PROBLEM',
    });
  });

  it('is refused as KEY_FILE_PROBLEM when it is missing', () => {
    expect(refusalOf(() => readKeySlotFile(file))).toMatchObject({
      code: 'KEY_FILE_PROBLEM',
      messageKey: 'errors.KEY_FILE_PROBLEM',
    });
  });

  it('accepts a well-formed file', () => {
    writeFileSync(file, JSON.stringify(validFile));
    expect(readKeySlotFile(file).slots).toHaveLength(1);
  });
});
