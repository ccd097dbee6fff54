import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GroupForm } from '../../renderer/groups/GroupForm';
import { emptyGroupValues } from '../../renderer/groups/group-form-values';
import { ApiCallError } from '../../renderer/api/client';
import { fakeCore, ok, renderInRouter } from './support/render';

const location = {
  id: 7,
  name: 'Main Hall',
  address: '',
  room: '',
  accessibilityNotes: '',
  capacity: null,
  groupCount: 0,
  createdAt: '',
  updatedAt: '',
};

const TUESDAY = new Date(2026, 11, 1, 9, 0);

async function renderForm(onSave = jest.fn(async (_input: unknown) => undefined)) {
  fakeCore({ listLocations: () => ok([location]) });
  await renderInRouter(
    <GroupForm
      draftKey="group:new"
      initialValues={emptyGroupValues(TUESDAY)}
      onSave={onSave}
      onCancel={jest.fn()}
    />,
  );
  return onSave;
}

const submit = () =>
  act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save group' })));

/**
 * Waits for the locations to load into the Location list. Looking only inside the list keeps each
 * retry cheap: a role query over the whole form takes seconds in jsdom on a busy machine.
 */
const locationsLoaded = () =>
  within(screen.getByLabelText('Location')).findByRole('option', { name: 'Main Hall' });

/** Fills the fields a group needs, once the locations have loaded. */
async function fillRequired(name: string, focus: string) {
  await locationsLoaded();
  fireEvent.change(screen.getByLabelText('Name'), { target: { value: name } });
  fireEvent.change(screen.getByLabelText('Focus'), { target: { value: focus } });
  fireEvent.change(screen.getByLabelText('Location'), { target: { value: '7' } });
}

const nameTaken = () =>
  new ApiCallError({
    code: 'DUPLICATE_NAME',
    messageKey: 'errors.duplicateGroupName',
    params: { name: 'Grief Cafe' },
  });

// A whole form with react-aria pickers renders slowly in jsdom on a shared, busy machine.
jest.setTimeout(30_000);

describe('GroupForm', () => {
  it('shows translated errors next to the fields and focuses the first one', async () => {
    const onSave = await renderForm();
    await submit();
    const name = screen.getByLabelText('Name');
    await waitFor(() => expect(document.activeElement).toBe(name));
    expect(name.getAttribute('aria-invalid')).toBe('true');
    const describedBy = name.getAttribute('aria-describedby')!.split(' ');
    const messages = describedBy.map((id) => document.getElementById(id)?.textContent);
    expect(messages).toContain('This field is required.');
    expect(screen.getByLabelText('Focus').getAttribute('aria-invalid')).toBe('true');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('saves the schedule built from the choices as an RRULE', async () => {
    const onSave = await renderForm();
    await locationsLoaded();
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Carers Coffee Morning' } });
    fireEvent.change(screen.getByLabelText('Focus'), { target: { value: 'caregivers' } });
    fireEvent.change(screen.getByLabelText('Location'), { target: { value: '7' } });
    fireEvent.change(screen.getByLabelText('How often'), { target: { value: 'monthly' } });
    fireEvent.change(screen.getByLabelText('Day of the week'), { target: { value: 'TU' } });
    expect(screen.getByText(/First Tuesday of the month at 7:00\sPM/)).toBeTruthy();
    fireEvent.click(screen.getByLabelText('First'));
    fireEvent.click(screen.getByLabelText('Fourth'));
    fireEvent.click(screen.getByLabelText('Second'));
    expect(screen.getByText(/2nd and 4th Tuesday of the month at 7:00\sPM/)).toBeTruthy();
    await submit();
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    expect(onSave.mock.calls[0]![0]).toMatchObject({
      name: 'Carers Coffee Morning',
      locationId: 7,
      schedule: { rrule: 'FREQ=MONTHLY;BYDAY=2TU,4TU', startTime: '19:00', durationMinutes: 90 },
      rosterMode: 'anonymous',
    });
  });

  it('puts the core’s field errors on the matching fields', async () => {
    const onSave = await renderForm(
      jest.fn(async (_input: unknown) => {
        throw new ApiCallError({
          code: 'VALIDATION_FAILED',
          messageKey: 'errors.VALIDATION_FAILED',
          fieldErrors: [
            { path: 'name', messageKey: 'validation.tooLong', params: { maximum: 120 } },
          ],
        });
      }),
    );
    await locationsLoaded();
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'A group' } });
    fireEvent.change(screen.getByLabelText('Focus'), { target: { value: 'grief' } });
    fireEvent.change(screen.getByLabelText('Location'), { target: { value: '7' } });
    fireEvent.click(screen.getByLabelText('Monday'));
    await submit();
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    expect(await screen.findByText('Use at most 120 characters.')).toBeTruthy();
    expect(screen.getByLabelText('Name').getAttribute('aria-invalid')).toBe('true');
  });

  it('asks before saving a name another group has, and saves it confirmed on "Save anyway"', async () => {
    const onSave = await renderForm(
      jest.fn(async (input: unknown) => {
        if ((input as { isDuplicateNameConfirmed: boolean }).isDuplicateNameConfirmed) {
          return undefined;
        }
        throw nameTaken();
      }),
    );
    await fillRequired('Grief Cafe', 'grief');
    await submit();
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog.textContent).toContain('A group called “Grief Cafe” already exists.');
    expect(screen.getByRole('button', { name: 'Go back' })).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save anyway' })));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(2));
    expect(onSave.mock.calls[0]![0]).toMatchObject({ isDuplicateNameConfirmed: false });
    expect(onSave.mock.calls[1]![0]).toMatchObject({ isDuplicateNameConfirmed: true });
  });

  it('saves nothing more when the person goes back from the duplicate-name question', async () => {
    const onSave = await renderForm(
      jest.fn(async (_input: unknown) => {
        throw nameTaken();
      }),
    );
    await fillRequired('Grief Cafe', 'grief');
    await submit();
    await screen.findByRole('alertdialog');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Go back' })));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(screen.getByLabelText('Name')).toHaveProperty('value', 'Grief Cafe');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('picks the languages by name and saves their codes', async () => {
    const onSave = await renderForm();
    await fillRequired('Carers Café', 'caregivers');
    const languages = screen.getByRole('combobox', { name: 'Languages spoken' });
    await act(async () => {
      languages.focus();
      fireEvent.change(languages, { target: { value: 'SPAN' } });
    });
    await act(async () => fireEvent.keyDown(languages, { key: 'ArrowDown' }));
    const spanish = await screen.findByRole('option', { name: 'Spanish' }, { timeout: 5000 });
    await act(async () => fireEvent.click(spanish));
    expect(screen.getByRole('button', { name: 'Remove Spanish' })).toBeTruthy();
    await submit();
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    expect(onSave.mock.calls[0]![0]).toMatchObject({ languages: ['es'] });
  });
});
