import { useLayoutEffect } from 'react';
import { screen, waitFor } from '@testing-library/react';
import { useEarlyQuery } from '../../renderer/app/use-early-query';
import { renderWithProviders } from './support/render';

/** What happened, in order: the call sent, the screen committed. */
let events: string[] = [];

interface AnswerProps {
  queryKey: string;
  fail?: boolean;
  enabled?: boolean;
}

function Answer({ queryKey, fail = false, enabled = true }: AnswerProps) {
  const query = useEarlyQuery({
    queryKey: [queryKey],
    enabled,
    queryFn: () => {
      events.push('call');
      return fail ? Promise.reject(new Error('no')) : Promise.resolve(`answer ${queryKey}`);
    },
  });
  useLayoutEffect(() => {
    events.push('committed');
  }, []);
  return <p>{query.data ?? (query.isError ? 'failed' : 'waiting')}</p>;
}

beforeEach(() => {
  events = [];
});

describe('useEarlyQuery', () => {
  it('sends the call while the screen renders, before it is committed, and only once', async () => {
    const { rerender } = renderWithProviders(<Answer queryKey="a" />);
    await screen.findByText('answer a');
    rerender(<Answer queryKey="a" />);
    expect(events).toEqual(['call', 'committed']);
  });

  it('sends nothing while the query is disabled', async () => {
    renderWithProviders(<Answer queryKey="b" enabled={false} />);
    await screen.findByText('waiting');
    expect(events).toEqual(['committed']);
  });

  it('does not send a failed call again on each render', async () => {
    const { rerender } = renderWithProviders(<Answer queryKey="c" fail />);
    await screen.findByText('failed');
    rerender(<Answer queryKey="c" fail />);
    rerender(<Answer queryKey="c" fail />);
    await waitFor(() => expect(screen.getByText('failed')).toBeTruthy());
    expect(events.filter((event) => event === 'call')).toHaveLength(1);
  });
});
