import { screen } from '@testing-library/react';
import type { BackupProgress } from '../../../shared/domain/backup';
import { BackupProgressBar } from '../../../renderer/backup/BackupProgressBar';
import { renderWithProviders } from '../support/render';

const step = (phase: BackupProgress['phase'], doneBytes: number, totalBytes: number) => ({
  operation: 'backup' as const,
  phase,
  doneBytes,
  totalBytes,
  startedAt: '2026-12-02T09:00:00.000Z',
});

describe('the backup progress bar', () => {
  it('shows how far a measured step is', () => {
    renderWithProviders(
      <BackupProgressBar progress={step('sealing', 30, 40)} operation="backup" />,
    );
    expect(screen.getByRole('status').textContent).toContain('Sealing the backup file… 75%');
    expect(screen.getByRole('progressbar', { name: 'Backup progress' }).getAttribute('value')).toBe(
      '75',
    );
  });

  it('shows the check of the copy as work going on, with no percentage', () => {
    renderWithProviders(<BackupProgressBar progress={step('checking', 0, 0)} operation="backup" />);
    const words = screen.getByRole('status').textContent ?? '';
    expect(words).toContain('Checking the copy…');
    expect(words).not.toMatch(/%/);
    expect(screen.getByRole('progressbar').hasAttribute('value')).toBe(false);
  });

  it('says it in Arabic too', () => {
    renderWithProviders(
      <BackupProgressBar progress={step('checking', 0, 0)} operation="backup" />,
      'ar',
    );
    expect(screen.getByRole('status').textContent).toContain('جارٍ فحص النسخة…');
    expect(screen.getByRole('progressbar').hasAttribute('value')).toBe(false);
  });
});
