import { setUpI18n } from '../../../renderer/i18n/i18n';
import { daysSince, describeBackup, formatBytes } from '../../../renderer/backup/backup-words';

const backup = {
  createdAt: '2026-11-23T14:05:00.000Z',
  counts: { support_group: 312, volunteer: 5004, session: 151220, app_user: 9, location: 1 },
  sizeBytes: 48_200_000,
};

describe('a backup in words', () => {
  it('reads like the issue asks, with the counts a person recognises', () => {
    const i18n = setUpI18n('en');
    const words = describeBackup(backup, i18n.t, 'en-GB');
    expect(words).toMatch(
      /^Verified ✓ 23 Nov 2026, \d\d:05 · 312 groups · 5,004 volunteers · 151,220 sessions · 1 location · 48 MB$/,
    );
    expect(words).not.toContain('app_user');
  });

  it('speaks Spanish with Spanish numbers and plurals', () => {
    const i18n = setUpI18n('es');
    const words = describeBackup(
      { ...backup, counts: { support_group: 1, volunteer: 5004 } },
      i18n.t,
      'es-ES',
    );
    expect(words).toContain('1 grupo ·');
    expect(words).toContain('5004 personas voluntarias');
  });

  it('writes sizes in the unit that keeps the number short', () => {
    expect(formatBytes(900, 'en')).toBe('900 byte');
    expect(formatBytes(1_500_000, 'en')).toBe('1.5 MB');
    expect(formatBytes(48_200_000, 'en')).toBe('48 MB');
  });

  it('counts whole days since a backup and never goes negative', () => {
    const at = '2026-11-20T10:00:00.000Z';
    expect(daysSince(at, Date.parse('2026-11-23T09:59:00.000Z'))).toBe(2);
    expect(daysSince(at, Date.parse('2026-11-19T10:00:00.000Z'))).toBe(0);
  });
});
