import { checkPassword, isPasswordAcceptable } from '../../../shared/domain/password';

const unmet = (password: string, username: string) =>
  checkPassword(password, username)
    .filter((check) => !check.isMet)
    .map((check) => check.rule);

describe('password rules', () => {
  it('accepts a long, varied password that is not the username', () => {
    expect(unmet('river-stone-42', 'admin')).toEqual([]);
    expect(isPasswordAcceptable('river-stone-42', 'admin')).toBe(true);
  });

  it('checks every rule, in order, so the form can show each one', () => {
    expect(checkPassword('x', 'admin').map((check) => check.rule)).toEqual([
      'length',
      'notUsername',
      'notCommon',
      'notRepeated',
    ]);
  });

  it('refuses fewer than 10 characters and more than 200', () => {
    expect(unmet('abcdefghi', 'admin')).toEqual(['length']);
    expect(unmet('abcdefghij', 'admin')).toEqual([]);
    expect(unmet('abcd'.repeat(50), 'admin')).toEqual([]);
    expect(unmet(`${'abcd'.repeat(50)}e`, 'admin')).toEqual(['length']);
  });

  it('refuses a password that contains the username, in any case', () => {
    expect(unmet('my-ADMIN-password', 'admin')).toEqual(['notUsername']);
    expect(unmet('my-admin-password', ' Admin ')).toEqual(['notUsername']);
  });

  it('does not hold an empty username against any password', () => {
    expect(unmet('river-stone-42', '')).toEqual([]);
  });

  it('refuses common passwords in any case', () => {
    expect(unmet('Password123', 'admin')).toEqual(['notCommon']);
    expect(unmet('CIRCLEKEEPER', 'admin')).toEqual(['notCommon']);
  });

  it('refuses a password of three or fewer different characters', () => {
    expect(unmet('abcabcabcabc', 'admin')).toEqual(['notRepeated']);
    expect(unmet('abcdabcdabcd', 'admin')).toEqual([]);
  });

  it('is acceptable only when every rule is met', () => {
    expect(isPasswordAcceptable('password123', 'admin')).toBe(false);
    expect(isPasswordAcceptable('short', 'admin')).toBe(false);
  });
});
