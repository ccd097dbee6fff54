import { act, fireEvent, screen } from '@testing-library/react';
import { ComboBoxField } from '../../renderer/ui/ComboBoxField';
import { timeZoneOptions } from '../../renderer/ui/options';
import { renderWithProviders } from './support/render';

describe('the time zone picker', () => {
  it('labels every zone with its offset from UTC', () => {
    const options = timeZoneOptions(new Date(Date.UTC(2026, 0, 15)));
    expect(options).toContainEqual({ value: 'Europe/London', label: 'Europe/London (GMT+00:00)' });
    expect(options).toContainEqual({
      value: 'America/Sao_Paulo',
      label: 'America/Sao Paulo (GMT-03:00)',
    });
    expect(options.find((o) => o.value === 'UTC')?.label).toBe('UTC (GMT+00:00)');
  });

  it('finds a zone from part of its name, ignoring accents and case, and picks it', async () => {
    const onChange = jest.fn();
    renderWithProviders(
      <ComboBoxField
        label="Time zone"
        value="Europe/London"
        onChange={onChange}
        options={timeZoneOptions()}
      />,
    );
    const input = screen.getByRole('combobox', { name: 'Time zone' });
    await act(async () => {
      input.focus();
      fireEvent.change(input, { target: { value: 'SÃO PA' } });
    });
    await act(async () => fireEvent.keyDown(input, { key: 'ArrowDown' }));
    const options = await screen.findAllByRole('option', {}, { timeout: 5000 });
    expect(options.map((option) => option.textContent)).toEqual([
      expect.stringMatching(/^America\/Sao Paulo \(GMT/),
    ]);
    await act(async () => fireEvent.click(options[0]!));
    expect(onChange).toHaveBeenCalledWith('America/Sao_Paulo');
    // The list of ~400 zones, each with its offset, is built in jsdom: on a loaded 2-core machine
    // that alone took more than Jest's default 5 s (the wait for the options is 5 s on its own).
    // This is about behaviour, not speed: timings come from the bench.
  }, 20_000);
});
