import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ApiCallError } from '../../../renderer/api/client';
import { ConfirmRemoveButton } from '../../../renderer/ui/ConfirmRemoveButton';
import { renderWithProviders } from '../support/render';

function renderButton(remove: () => Promise<number>, onRemoved: (result: number) => Promise<void>) {
  renderWithProviders(
    <ConfirmRemoveButton
      label="Remove"
      ariaLabel="Remove Hall"
      title="Remove Hall?"
      remove={remove}
      onRemoved={onRemoved}
    >
      <p>It goes from the list.</p>
    </ConfirmRemoveButton>,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Remove Hall' }));
  return screen.getByRole('alertdialog', { name: 'Remove Hall?' });
}

describe('ConfirmRemoveButton', () => {
  it('asks first, removes on confirm, then closes and hands on the answer', async () => {
    const remove = jest.fn(() => Promise.resolve(3));
    const onRemoved = jest.fn(() => Promise.resolve());
    const dialog = renderButton(remove, onRemoved);
    expect(within(dialog).getByText('It goes from the list.')).toBeTruthy();
    expect(remove).not.toHaveBeenCalled();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(onRemoved).toHaveBeenCalledWith(3));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(remove).toHaveBeenCalledTimes(1);
  });

  it('keeps the dialog open with the refusal when the core refuses', async () => {
    const refusal = new ApiCallError({ code: 'CONFLICT', messageKey: 'errors.CONFLICT' });
    const onRemoved = jest.fn(() => Promise.resolve());
    const dialog = renderButton(() => Promise.reject(refusal), onRemoved);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove' }));
    await within(dialog).findByText('This change conflicts with existing data.');
    expect(screen.getByRole('alertdialog', { name: 'Remove Hall?' })).toBeTruthy();
    expect(onRemoved).not.toHaveBeenCalled();
  });
});
