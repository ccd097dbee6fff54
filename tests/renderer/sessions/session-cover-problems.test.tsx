import { act, fireEvent, screen } from '@testing-library/react';
import type { ApiResult } from '../../../shared/api/errors';
import type { CoverConflict } from '../../../shared/domain/session-cover';
import { SessionCoverProblems } from '../../../renderer/sessions/cover/SessionCoverProblems';
import { renderWithProviders } from '../support/render';

/** A core whose conflicts answer waits until the test releases it. */
function heldCore() {
  const answers: ((result: ApiResult<unknown>) => void)[] = [];
  window.circlekeeper = {
    call: (method) => {
      if (method !== 'listCoverConflicts') throw new Error(`unexpected call ${method}`);
      return new Promise((resolve) => answers.push(resolve));
    },
    openExternal: async () => true,
  };
  return {
    calls: () => answers.length,
    answer: (result: ApiResult<unknown>) => act(async () => answers.shift()?.(result)),
  };
}

const clash: CoverConflict = {
  kind: 'overlap',
  volunteerId: 4,
  volunteerName: 'Ada Moss',
  sessionId: 7,
  groupId: 3,
  groupName: 'Carers Cafe',
  startsAt: '2026-06-16T17:30:00.000Z',
  localDate: '2026-06-16',
  localStart: '18:30',
  otherSessionId: 9,
  otherGroupName: 'Grief Circle',
};

afterEach(() => {
  delete window.circlekeeper;
});

describe('a session’s list of what to fix', () => {
  it('keeps its place while the clashes load, and says covered only once they are back', async () => {
    const core = heldCore();
    renderWithProviders(
      <SessionCoverProblems sessionId={7} gap={null} lead={null} onFix={jest.fn()} />,
    );
    expect(screen.getByRole('heading', { name: 'To fix before this session' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Loading…');
    expect(screen.queryByText(/this session is covered/)).toBeNull();
    await core.answer({ ok: true, value: [] });
    await screen.findByText('No gaps or conflicts: this session is covered.');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('shows the gap at once, and each clash with its fix when it comes', async () => {
    const core = heldCore();
    const onFix = jest.fn();
    renderWithProviders(
      <SessionCoverProblems sessionId={7} gap="no_lead" lead={null} onFix={onFix} />,
    );
    expect(screen.getByText('No lead facilitator for this session.')).toBeTruthy();
    expect(screen.getByRole('status')).toBeTruthy();
    await core.answer({ ok: true, value: [clash] });
    await screen.findByText('Ada Moss also facilitates Grief Circle at the same time.');
    fireEvent.click(screen.getByRole('button', { name: 'Fix: replace Ada Moss' }));
    expect(onFix).toHaveBeenCalledWith({ replaceId: 4 });
    expect(screen.queryByText(/this session is covered/)).toBeNull();
  });

  it('says when the clashes could not be read, never "covered", and tries again on request', async () => {
    const core = heldCore();
    renderWithProviders(
      <SessionCoverProblems sessionId={7} gap={null} lead={null} onFix={jest.fn()} />,
    );
    await core.answer({ ok: false, error: { code: 'INTERNAL', messageKey: 'errors.INTERNAL' } });
    const retry = await screen.findByRole('button', { name: 'Try again' });
    expect(screen.queryByText(/this session is covered/)).toBeNull();
    fireEvent.click(retry);
    expect(core.calls()).toBe(1);
    await core.answer({ ok: true, value: [] });
    await screen.findByText('No gaps or conflicts: this session is covered.');
  });
});
