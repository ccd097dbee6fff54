import { act, fireEvent, screen } from '@testing-library/react';
import { ExternalLink } from '../../renderer/ui/ExternalLink';
import { fakeCore, renderWithProviders } from './support/render';

describe('ExternalLink', () => {
  it('asks first, showing where the link goes, then opens it through the app', async () => {
    const calls = fakeCore({});
    renderWithProviders(<ExternalLink url="https://meet.example.org/grief-circle" />);
    await act(async () =>
      fireEvent.click(screen.getByRole('link', { name: 'https://meet.example.org/grief-circle' })),
    );
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog.textContent).toContain('Open this link in your web browser?');
    expect(dialog.textContent).toContain('meet.example.org/grief-circle');
    expect(calls).toEqual([]);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Open in browser' })));
    expect(calls).toEqual([
      { method: 'openExternal', input: 'https://meet.example.org/grief-circle' },
    ]);
  });

  it('shows an address that is not http(s) as plain text, never as a link', () => {
    fakeCore({});
    renderWithProviders(<ExternalLink url="javascript:alert(1)" />);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('javascript:alert(1)')).toBeTruthy();
  });
});
