import { generateRecoveryKey, normalizeRecoveryKey } from '../../../main/vault/recovery-key';

const CROCKFORD_GROUPS = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){7}$/;

describe('recovery keys', () => {
  it('are printed as 8 groups of 4 Crockford base32 characters', () => {
    for (let i = 0; i < 50; i += 1) expect(generateRecoveryKey()).toMatch(CROCKFORD_GROUPS);
  });

  it('are different every time', () => {
    const keys = new Set(Array.from({ length: 50 }, generateRecoveryKey));
    expect(keys.size).toBe(50);
  });

  it('read back unchanged in their printed form', () => {
    const key = generateRecoveryKey();
    expect(normalizeRecoveryKey(key)).toBe(key);
  });

  it('forgive lowercase, spaces and missing dashes', () => {
    const key = generateRecoveryKey();
    expect(normalizeRecoveryKey(key.toLowerCase())).toBe(key);
    expect(normalizeRecoveryKey(` ${key.replace(/-/g, ' ').toLowerCase()} `)).toBe(key);
    expect(normalizeRecoveryKey(key.replace(/-/g, ''))).toBe(key);
    expect(normalizeRecoveryKey(key.replace(/-/g, '\t'))).toBe(key);
  });

  it('read O as 0 and I or L as 1, the letters people confuse with digits', () => {
    const key = '0123-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYZ';
    expect(normalizeRecoveryKey('O123-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYZ')).toBe(key);
    expect(normalizeRecoveryKey('0I23-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYZ')).toBe(key);
    expect(normalizeRecoveryKey('0l23-4567-89ab-cdef-ghjk-mnpq-rstv-wxyz')).toBe(key);
  });

  it.each([
    ['too short', '0123-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXY'],
    ['too long', '0123-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYZ-0'],
    ['empty', ''],
    ['a U, which Crockford base32 leaves out', 'U123-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYZ'],
    ['punctuation', '0123-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXY!'],
    ['a letter from another alphabet', '0123-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYÅ'],
  ])('are refused when %s', (_why, typed) => {
    expect(normalizeRecoveryKey(typed)).toBeNull();
  });
});
