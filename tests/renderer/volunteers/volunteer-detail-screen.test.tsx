import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ApiCallError } from '../../../renderer/api/client';
import { fakeCore, ok } from '../support/render';
import { renderVolunteerRoutes, sampleVolunteer } from './volunteer-routes';

const amara = sampleVolunteer();
const erased = sampleVolunteer({
  ...{ displayName: '', firstName: '', lastName: '', pronouns: '', phone: '', email: '' },
  ...{ status: 'inactive', availability: [], isErased: true },
  erasedAt: '2026-11-30T10:00:00.000Z',
});
const nameMismatch = new ApiCallError({
  code: 'VALIDATION_FAILED',
  messageKey: 'errors.VALIDATION_FAILED',
  fieldErrors: [{ path: 'confirmName', messageKey: 'errors.eraseNameMismatch' }],
});

async function openEraseDialog(eraseVolunteer = jest.fn((_input: unknown) => ok(erased))) {
  fakeCore({ getVolunteer: () => ok(amara), eraseVolunteer });
  await renderVolunteerRoutes('/volunteers/7', 'admin');
  fireEvent.click(await screen.findByRole('button', { name: 'Erase personal data…' }));
  const dialog = await screen.findByRole('alertdialog', {
    name: 'Erase Amara Okafor’s personal data?',
  });
  return { dialog, eraseVolunteer };
}

const typeName = (dialog: HTMLElement, name: string) =>
  fireEvent.change(within(dialog).getByLabelText(/To confirm, type their name/), {
    target: { value: name },
  });
const eraseButton = (dialog: HTMLElement) =>
  within(dialog).getByRole('button', { name: 'Erase personal data' });

// react-aria dialogs render slowly in jsdom on a shared, busy machine.
jest.setTimeout(30_000);

describe('VolunteerDetailScreen', () => {
  it('says what erasing removes and keeps, and waits for the volunteer’s name', async () => {
    const { dialog, eraseVolunteer } = await openEraseDialog();
    expect(within(dialog).getByText(/This cannot be undone/)).toBeTruthy();
    expect(within(dialog).getByText(/^Kept, without a name/)).toBeTruthy();
    expect(eraseButton(dialog).hasAttribute('disabled')).toBe(true);
    typeName(dialog, 'Amara');
    expect(eraseButton(dialog).hasAttribute('disabled')).toBe(true);
    // Case, accents and spaces around do not matter, as in the core's own check.
    typeName(dialog, '  AMÀRA okafor ');
    expect(eraseButton(dialog).hasAttribute('disabled')).toBe(false);
    await act(async () => fireEvent.click(eraseButton(dialog)));
    expect(eraseVolunteer).toHaveBeenCalledWith({ id: 7, confirmName: '  AMÀRA okafor ' });
    await screen.findByRole('heading', { level: 1, name: 'Erased volunteer' });
    expect(screen.getByText(/^Personal data erased on .*30.*2026\.$/)).toBeTruthy();
  });

  it('shows the core’s refusal under the name box and erases nothing on screen', async () => {
    const refuse = jest.fn((_input: unknown) => ({
      ok: false as const,
      error: nameMismatch.error,
    }));
    const { dialog } = await openEraseDialog(refuse);
    typeName(dialog, 'Amara Okafor');
    await act(async () => fireEvent.click(eraseButton(dialog)));
    await within(dialog).findByText('Type the volunteer’s name exactly as shown to confirm.');
    expect(document.querySelector('h1')?.textContent).toBe('Amara Okafor');
  });

  it('offers erasing to admins only', async () => {
    fakeCore({ getVolunteer: () => ok(amara) });
    await renderVolunteerRoutes('/volunteers/7', 'coordinator');
    await screen.findByRole('button', { name: 'Deactivate' });
    expect(screen.queryByRole('button', { name: 'Erase personal data…' })).toBeNull();
  });

  it('says plainly that an erased volunteer’s data is gone, with nothing to do', async () => {
    fakeCore({ getVolunteer: () => ok(erased) });
    await renderVolunteerRoutes('/volunteers/7', 'admin');
    await screen.findByRole('heading', { level: 1, name: 'Erased volunteer' });
    expect(screen.getByText(/^Personal data erased on/)).toBeTruthy();
    await waitFor(() => expect(screen.queryAllByRole('button')).toHaveLength(0));
    expect(screen.queryByRole('link', { name: 'Edit' })).toBeNull();
  });

  it('writes availability in words, Monday first', async () => {
    const slots = [
      { day: 4, from: '18:00', to: '20:30' },
      { day: 2, from: '17:00', to: '21:00' },
    ];
    fakeCore({ getVolunteer: () => ok({ ...amara, availability: slots }) });
    await renderVolunteerRoutes('/volunteers/7');
    const tuesday = await screen.findByText(/^Tuesday 5:00\sPM–9:00\sPM$|^Tuesday 17:00–21:00$/);
    const items = within(tuesday.closest('ul')!).getAllByRole('listitem');
    expect(items.map((item) => item.textContent?.split(' ')[0])).toEqual(['Tuesday', 'Thursday']);
  });
});
