import { act, fireEvent, render } from '@testing-library/react';
import { useIdleLock } from '../../renderer/shell/useIdleLock';

function Probe({ minutes, onIdle }: { minutes: number | null; onIdle: () => void }) {
  useIdleLock(minutes, onIdle);
  return null;
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe('useIdleLock', () => {
  it('locks once after the idle minutes, and activity restarts the wait', () => {
    const onIdle = jest.fn();
    render(<Probe minutes={2} onIdle={onIdle} />);
    act(() => jest.advanceTimersByTime(90_000));
    fireEvent.keyDown(window, { key: 'a' });
    act(() => jest.advanceTimersByTime(90_000));
    expect(onIdle).not.toHaveBeenCalled();
    act(() => jest.advanceTimersByTime(40_000));
    expect(onIdle).toHaveBeenCalledTimes(1);
    act(() => jest.advanceTimersByTime(600_000));
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('does nothing when no idle time is set', () => {
    const onIdle = jest.fn();
    render(<Probe minutes={null} onIdle={onIdle} />);
    act(() => jest.advanceTimersByTime(24 * 3_600_000));
    expect(onIdle).not.toHaveBeenCalled();
  });
});
