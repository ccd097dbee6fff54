import { fireEvent, screen, waitFor } from '@testing-library/react';
import { discardAllDrafts, findDraft, setDraftOwner } from '../../renderer/forms/draft-store';
import { NEW_USER_DRAFT, NewUserDialog } from '../../renderer/users/NewUserDialog';
import { renderInRouter } from './support/render';

beforeEach(() => {
  discardAllDrafts();
  setDraftOwner('manager');
});

const type = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label, { exact: true }), { target: { value } });

describe('the new account dialog', () => {
  it('keeps the typed name across a lock, but never the password', async () => {
    await renderInRouter(<NewUserDialog onCreate={jest.fn()} onClose={jest.fn()} />);
    type('Username', 'cora');
    type('Password', 'willow-brook-41');
    type('Confirm password', 'willow-brook-41');
    await waitFor(() => expect(findDraft(NEW_USER_DRAFT)).toMatchObject({ username: 'cora' }));
    const draft = findDraft(NEW_USER_DRAFT) as Record<string, unknown>;
    expect(draft).not.toHaveProperty('password');
    expect(draft).not.toHaveProperty('confirmPassword');
    expect(JSON.stringify(draft)).not.toContain('willow');
  });
});
