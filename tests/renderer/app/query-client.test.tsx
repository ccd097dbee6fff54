import { act, screen } from '@testing-library/react';
import { useQuery } from '@tanstack/react-query';
import { renderWithProviders } from '../support/render';

function Answer() {
  const answer = useQuery({ queryKey: ['answer'], queryFn: () => Promise.resolve('Here it is') });
  return <p>{answer.data ?? 'Waiting'}</p>;
}

describe('the query client', () => {
  it('draws an answer in the task that received it, not in a timer after it', async () => {
    jest.useFakeTimers();
    try {
      renderWithProviders(<Answer />);
      expect(screen.getByText('Waiting')).toBeTruthy();
      // Only promise callbacks run here: no timer fires while the clock is held.
      await act(async () => {
        for (let turn = 0; turn < 20; turn += 1) await Promise.resolve();
      });
      expect(screen.getByText('Here it is')).toBeTruthy();
    } finally {
      jest.useRealTimers();
    }
  });
});
