// Password rules, shown as the user types and enforced again in the core.

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

const COMMON_PASSWORDS = new Set([
  'password123',
  'password1234',
  '1234567890',
  '0123456789',
  'qwertyuiop',
  'iloveyou12',
  'letmein123',
  'welcome123',
  'circlekeeper',
  'administrator',
]);

export type PasswordRule = 'length' | 'notUsername' | 'notCommon' | 'notRepeated';

export interface PasswordCheck {
  rule: PasswordRule;
  isMet: boolean;
}

export function checkPassword(password: string, username: string): PasswordCheck[] {
  const lower = password.toLowerCase();
  const user = username.trim().toLowerCase();
  return [
    {
      rule: 'length',
      isMet: password.length >= PASSWORD_MIN_LENGTH && password.length <= PASSWORD_MAX_LENGTH,
    },
    { rule: 'notUsername', isMet: user.length === 0 || !lower.includes(user) },
    { rule: 'notCommon', isMet: !COMMON_PASSWORDS.has(lower) },
    { rule: 'notRepeated', isMet: new Set(password).size > 3 },
  ];
}

export function isPasswordAcceptable(password: string, username: string): boolean {
  return checkPassword(password, username).every((check) => check.isMet);
}
