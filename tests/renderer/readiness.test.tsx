import { screen } from '@testing-library/react';
import type { Readiness } from '../../shared/domain/readiness';
import { ReadinessSummary } from '../../renderer/people/Readiness';
import { renderWithProviders } from './support/render';

const notReady: Readiness = {
  state: 'not_ready',
  problems: [
    { item: 'background_check', reason: 'pending', date: null },
    {
      item: 'training',
      trainingId: 3,
      trainingName: 'Safeguarding',
      reason: 'expired',
      date: '2026-11-03',
    },
  ],
};

describe('ReadinessSummary', () => {
  it('says the state and each problem in words, with its date', () => {
    renderWithProviders(<ReadinessSummary readiness={notReady} />);
    expect(screen.getByText('Not ready')).toBeTruthy();
    expect(screen.getByText('Background check still pending.')).toBeTruthy();
    expect(screen.getAllByRole('listitem')[1]!.textContent).toMatch(
      /^Safeguarding expired on .*2026\.$/,
    );
  });

  it('shows only the badge when the volunteer is ready', () => {
    renderWithProviders(<ReadinessSummary readiness={{ state: 'ready', problems: [] }} />, 'es');
    expect(screen.getByText('Lista')).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });
});
