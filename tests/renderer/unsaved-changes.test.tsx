import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { discardAllDrafts, setDraftOwner } from '../../renderer/forms/draft-store';
import { EMPTY_LOCATION_VALUES } from '../../renderer/locations/location-form-values';
import { LocationFormDialog } from '../../renderer/locations/LocationFormDialog';
import { SavedToast } from '../../renderer/ui/SavedToast';
import { renderInRouter } from './support/render';

interface Options {
  onSave?: jest.Mock;
  onClose?: jest.Mock;
}

async function renderDialog({
  onSave = jest.fn(async () => undefined),
  onClose = jest.fn(),
}: Options = {}) {
  const rendered = await renderInRouter(
    <>
      <LocationFormDialog
        title="New location"
        draftKey="location:new"
        initialValues={EMPTY_LOCATION_VALUES}
        onSave={onSave}
        onClose={onClose}
      />
      <SavedToast />
    </>,
  );
  return { ...rendered, onSave, onClose };
}

const name = () => screen.getByLabelText<HTMLInputElement>('Name');
const type = (value: string) => fireEvent.change(name(), { target: { value } });
const press = (label: string) =>
  act(async () => fireEvent.click(screen.getByRole('button', { name: label })));

beforeEach(() => {
  discardAllDrafts();
  setDraftOwner('maria');
});

describe('a form with unsaved changes', () => {
  it('shows "required" at the first submit, and takes it away as soon as the field is filled', async () => {
    await renderDialog();
    expect(screen.queryByText('This field is required.')).toBeNull();
    await press('Save location');
    expect(await screen.findByText('This field is required.')).toBeTruthy();
    type('Hall');
    await waitFor(() => expect(screen.queryByText('This field is required.')).toBeNull());
  });

  it('asks before Cancel throws the changes away, and Keep editing keeps them', async () => {
    const { onClose } = await renderDialog();
    type('Main Hall');
    await press('Cancel');
    expect(screen.getByRole('alertdialog', { name: 'Leave without saving?' })).toBeTruthy();
    expect(screen.getByText('Your changes to this location will be lost.')).toBeTruthy();
    await press('Keep editing');
    expect(onClose).not.toHaveBeenCalled();
    expect(name().value).toBe('Main Hall');
    await press('Cancel');
    await press('Leave');
    expect(onClose).toHaveBeenCalled();
  });

  it('closes at once when nothing was changed', async () => {
    const { onClose } = await renderDialog();
    await press('Cancel');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(onClose).toHaveBeenCalled();
  });

  it('asks before a route change leaves the changes behind', async () => {
    const { router } = await renderDialog();
    // Resolves only once the person has answered.
    const goElsewhere = () => act(async () => void router.history.push('/elsewhere'));
    type('Main Hall');
    await goElsewhere();
    expect(screen.getByRole('alertdialog', { name: 'Leave without saving?' })).toBeTruthy();
    await press('Keep editing');
    expect(router.state.location.pathname).toBe('/form');
    await goElsewhere();
    await press('Leave');
    await waitFor(() => expect(router.state.location.pathname).toBe('/elsewhere'));
  });

  it('says "Saved." in a polite status after a save', async () => {
    const { onSave } = await renderDialog();
    type('Main Hall');
    await press('Save location');
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    const status = screen.getByText('Saved.').closest('[role="status"]');
    expect(status?.getAttribute('aria-live')).toBe('polite');
  });
});

describe('unsaved input across an auto-lock', () => {
  /** The lock screen replaces the whole app, so the half-filled form unmounts. */
  async function typeThenLock() {
    const first = await renderDialog();
    type('Main Hall');
    first.unmount();
  }

  it('comes back for the same person, and never touches browser storage', async () => {
    await typeThenLock();
    expect(localStorage.length + sessionStorage.length).toBe(0);
    setDraftOwner('maria');
    await renderDialog();
    expect(name().value).toBe('Main Hall');
    expect(screen.getByText('Your unsaved changes were kept.')).toBeTruthy();
  });

  it('is gone when a different person signs in', async () => {
    await typeThenLock();
    setDraftOwner('tomas');
    await renderDialog();
    expect(name().value).toBe('');
    expect(screen.queryByText('Your unsaved changes were kept.')).toBeNull();
  });

  it('is gone after signing out', async () => {
    await typeThenLock();
    discardAllDrafts();
    setDraftOwner('maria');
    await renderDialog();
    expect(name().value).toBe('');
  });

  it('is gone after a successful save', async () => {
    const first = await renderDialog();
    type('Main Hall');
    await press('Save location');
    await waitFor(() => expect(first.onSave).toHaveBeenCalled());
    first.unmount();
    await renderDialog();
    expect(name().value).toBe('');
  });
});
