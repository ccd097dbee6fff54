import { randomBytes } from 'node:crypto';

// Crockford base32: no I, L, O or U, so a key copied by hand from paper is hard to misread.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const KEY_CHARACTERS = 32; // 160 bits
const GROUP = 4;

export function generateRecoveryKey(): string {
  const bytes = randomBytes(KEY_CHARACTERS);
  const characters = [...bytes].map((byte) => ALPHABET[byte & 31]).join('');
  return formatRecoveryKey(characters);
}

function formatRecoveryKey(characters: string): string {
  const groups = characters.match(new RegExp(`.{1,${GROUP}}`, 'g')) ?? [];
  return groups.join('-');
}

/**
 * Accepts a key as typed: any case, spaces or dashes, and the letters people confuse with
 * digits. Returns the canonical form, or null if it cannot be a recovery key.
 */
export function normalizeRecoveryKey(typed: string): string | null {
  const characters = typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (characters.length !== KEY_CHARACTERS) return null;
  if ([...characters].some((c) => !ALPHABET.includes(c))) return null;
  return formatRecoveryKey(characters);
}
