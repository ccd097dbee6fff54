import { screen, waitFor } from '@testing-library/react';
import { PageHeader } from '../../../renderer/ui/PageHeader';
import { renderWithProviders } from '../support/render';

describe('PageHeader', () => {
  it('moves focus to the heading on arrival, so screen readers announce the new screen', async () => {
    renderWithProviders(<PageHeader title="Groups" />);
    const heading = screen.getByRole('heading', { level: 1, name: 'Groups' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(document.title).toBe('Groups – Circlekeeper');
  });

  it('moves it in the next frame, not in the middle of drawing the screen', async () => {
    const frames: FrameRequestCallback[] = [];
    const requestFrame = jest
      .spyOn(window, 'requestAnimationFrame')
      .mockImplementation((callback) => frames.push(callback));
    try {
      renderWithProviders(<PageHeader title="Volunteers" />);
      const heading = screen.getByRole('heading', { level: 1, name: 'Volunteers' });
      // Drawn and its effects run: focus (which makes the browser lay the page out) waits.
      expect(document.activeElement).not.toBe(heading);
      expect(frames).toHaveLength(1);
      frames[0]!(performance.now());
      expect(document.activeElement).toBe(heading);
    } finally {
      requestFrame.mockRestore();
    }
  });

  it('leaves focus alone when the screen is gone before the frame', () => {
    const cancelFrame = jest.spyOn(window, 'cancelAnimationFrame');
    try {
      const { unmount } = renderWithProviders(<PageHeader title="Calendar" />);
      unmount();
      expect(cancelFrame).toHaveBeenCalled();
    } finally {
      cancelFrame.mockRestore();
    }
  });
});
