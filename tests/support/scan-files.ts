import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Every regular file under `dir`, recursively. */
export function listFilesRecursively(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listFilesRecursively(full);
    return entry.isFile() ? [full] : [];
  });
}

/** The three base64 spellings of `bytes`, one per alignment, without the edge characters. */
function base64Spellings(bytes: Buffer): string[] {
  return [0, 1, 2].map((shift) => {
    const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString('base64');
    return encoded.slice(shift === 0 ? 0 : 4, -4);
  });
}

/**
 * Below this many characters a spelling turns up in random key material by chance (a 4-character
 * base64 needle matches a few hundred random characters about once in 2,000 runs).
 */
const MIN_NEEDLE_LENGTH = 8;

/** How `text` could sit in a file: UTF-8, UTF-16 either way round, hex and base64. */
export function spellingsOf(text: string): { name: string; bytes: Buffer }[] {
  const utf8 = Buffer.from(text, 'utf8');
  if (base64Spellings(utf8).some((spelling) => spelling.length < MIN_NEEDLE_LENGTH)) {
    throw new Error(`"${text}" is too short to search for reliably: use a longer marker`);
  }
  const utf16le = Buffer.from(text, 'utf16le');
  const utf16be = Buffer.from(utf16le).swap16();
  return [
    { name: 'utf8', bytes: utf8 },
    { name: 'utf16le', bytes: utf16le },
    { name: 'utf16be', bytes: utf16be },
    { name: 'hex', bytes: Buffer.from(utf8.toString('hex'), 'latin1') },
    ...base64Spellings(utf8).map((spelling, shift) => ({
      name: `base64+${shift}`,
      bytes: Buffer.from(spelling, 'latin1'),
    })),
  ];
}

export interface Finding {
  file: string;
  spelling: string;
}

/** Where any spelling of `text` occurs in any file under `dir`, ignoring ASCII case. */
export function findTextInFiles(dir: string, text: string): Finding[] {
  const needles = spellingsOf(text).map(({ name, bytes }) => ({
    name,
    lower: bytes.toString('latin1').toLowerCase(),
  }));
  return listFilesRecursively(dir).flatMap((file) => {
    const haystack = readFileSync(file).toString('latin1').toLowerCase();
    return needles
      .filter((needle) => haystack.includes(needle.lower))
      .map((needle) => ({ file: path.relative(dir, file), spelling: needle.name }));
  });
}
