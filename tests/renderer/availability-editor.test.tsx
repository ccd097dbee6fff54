import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { VolunteerForm } from '../../renderer/volunteers/VolunteerForm';
import {
  emptyVolunteerValues,
  type AvailabilitySlotValues,
} from '../../renderer/volunteers/volunteer-form-values';
import { fakeCore, renderInRouter } from './support/render';

async function renderForm(
  availability: AvailabilitySlotValues[] = [],
  onSave = jest.fn(async (_input: unknown) => undefined),
) {
  fakeCore({});
  await renderInRouter(
    <VolunteerForm
      draftKey="volunteer:new"
      initialValues={{ ...emptyVolunteerValues(), firstName: 'Rosa', availability }}
      onSave={onSave}
      onCancel={jest.fn()}
    />,
  );
  return onSave;
}

const press = (name: string) =>
  act(async () => fireEvent.click(screen.getByRole('button', { name })));
const slot = (number: number) => screen.getByRole('group', { name: `Available time ${number}` });
const dayOf = (number: number) =>
  within(slot(number)).getByRole('combobox', { name: 'Day' }) as HTMLSelectElement;

// A whole form with react-aria pickers renders slowly in jsdom on a shared, busy machine.
jest.setTimeout(30_000);

describe('the weekly availability editor', () => {
  it('adds a slot from the keyboard, focused on its weekday, the next day at the same times', async () => {
    await renderForm();
    expect(screen.getByText(/No times yet/)).toBeTruthy();
    await press('Add a time');
    await waitFor(() => expect(document.activeElement).toBe(dayOf(1)));
    expect(dayOf(1).value).toBe('1');
    await press('Add a time');
    await waitFor(() => expect(document.activeElement).toBe(dayOf(2)));
    expect(dayOf(2).value).toBe('2');
    expect(within(slot(2)).getByRole('group', { name: 'From' }).textContent).toContain('9:00');
  });

  it('removes a slot and gives the focus back to "Add a time"', async () => {
    await renderForm([
      { day: '1', from: '09:00', to: '12:00' },
      { day: '3', from: '14:00', to: '16:00' },
    ]);
    await press('Remove available time 1');
    expect(screen.queryByRole('group', { name: 'Available time 2' })).toBeNull();
    expect(dayOf(1).value).toBe('3');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add a time' }));
  });

  it('says under the right slot that it ends before it starts, and saves nothing', async () => {
    const onSave = await renderForm([
      { day: '1', from: '09:00', to: '12:00' },
      { day: '4', from: '20:00', to: '19:00' },
    ]);
    await press('Save volunteer');
    const message = 'The end time must be after the start time.';
    expect(await within(slot(2)).findByText(message)).toBeTruthy();
    expect(within(slot(1)).queryByText(message)).toBeNull();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('moves a slot’s error with it when an earlier slot is removed, and drops it with its slot', async () => {
    await renderForm([
      { day: '1', from: '09:00', to: '12:00' },
      { day: '4', from: '20:00', to: '19:00' },
    ]);
    await press('Save volunteer');
    const message = 'The end time must be after the start time.';
    await within(slot(2)).findByText(message);
    await press('Remove available time 1');
    expect(within(slot(1)).getByText(message)).toBeTruthy();
    await press('Remove available time 1');
    expect(screen.queryByText(message)).toBeNull();
  });

  it('saves the slots as weekday numbers and times', async () => {
    const onSave = await renderForm([{ day: '6', from: '10:00', to: '13:30' }]);
    fireEvent.change(dayOf(1), { target: { value: '7' } });
    await press('Save volunteer');
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    expect(onSave.mock.calls[0]![0]).toMatchObject({
      availability: [{ day: 7, from: '10:00', to: '13:30' }],
    });
  });
});

describe('the skills list', () => {
  it('adds a skill on Enter without submitting the form, and removes it again', async () => {
    const onSave = await renderForm();
    const box = screen.getByRole('textbox', { name: 'Skills' });
    fireEvent.change(box, { target: { value: 'First aid' } });
    await act(async () => fireEvent.keyDown(box, { key: 'Enter' }));
    const chosen = screen.getByRole('list', { name: 'Skills added' });
    expect(within(chosen).getByText('First aid')).toBeTruthy();
    expect((box as HTMLInputElement).value).toBe('');
    expect(onSave).not.toHaveBeenCalled();
    await press('Remove First aid');
    expect(screen.queryByRole('list', { name: 'Skills added' })).toBeNull();
    expect(document.activeElement).toBe(box);
  });

  it('refuses a skill longer than the core keeps, and says so', async () => {
    await renderForm();
    const box = screen.getByRole('textbox', { name: 'Skills' });
    fireEvent.change(box, { target: { value: 'x'.repeat(61) } });
    await press('Add skill');
    expect(await screen.findByText('Use at most 60 characters.')).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Skills added' })).toBeNull();
  });
});
