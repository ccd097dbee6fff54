import { MIN_WINDOW_SIZE, readWindowState, type Rect } from '../../../main/electron/window-bounds';

// An old office PC: 1366×768 with a 40-pixel taskbar at the bottom.
const LAPTOP: Rect = { x: 0, y: 0, width: 1366, height: 728 };
const SECOND: Rect = { x: 1366, y: 0, width: 1920, height: 1040 };

function isInside(rect: Rect, area: Rect): boolean {
  return (
    rect.x >= area.x &&
    rect.y >= area.y &&
    rect.x + rect.width <= area.x + area.width &&
    rect.y + rect.height <= area.y + area.height
  );
}

describe('saved window state', () => {
  it.each([
    ['nothing saved', undefined],
    ['null', null],
    ['a string', 'maximized'],
    ['an array', [0, 0, 800, 600]],
    ['bounds with text', { bounds: { x: '0', y: 0, width: 800, height: 600 } }],
    ['bounds with NaN', { bounds: { x: Number.NaN, y: 0, width: 800, height: 600 } }],
    ['infinite size', { bounds: { x: 0, y: 0, width: Infinity, height: 600 } }],
    ['negative size', { bounds: { x: 0, y: 0, width: -800, height: 600 } }],
    ['missing fields', { bounds: { x: 0, y: 0 } }],
  ])('opens centred on the primary display when given %s', (_name, stored) => {
    const { bounds, isMaximized } = readWindowState(stored, [LAPTOP], LAPTOP);
    expect(isInside(bounds, LAPTOP)).toBe(true);
    expect(bounds.x * 2 + bounds.width).toBe(LAPTOP.width);
    expect(isMaximized).toBe(false);
  });

  it('keeps bounds that fit where they are', () => {
    const stored = { bounds: { x: 40, y: 30, width: 1100, height: 650 }, isMaximized: true };
    expect(readWindowState(stored, [LAPTOP], LAPTOP)).toEqual(stored);
  });

  it('takes only a real true as maximized', () => {
    const stored = { bounds: { x: 40, y: 30, width: 1100, height: 650 }, isMaximized: 'yes' };
    expect(readWindowState(stored, [LAPTOP], LAPTOP).isMaximized).toBe(false);
  });

  it('brings back a window left on a monitor that is no longer there', () => {
    const stored = { bounds: { x: 2000, y: 100, width: 1200, height: 800 } };
    const { bounds } = readWindowState(stored, [LAPTOP], LAPTOP);
    expect(isInside(bounds, LAPTOP)).toBe(true);
  });

  it('moves a window that hangs off the edge fully onto the screen', () => {
    const stored = { bounds: { x: -300, y: 500, width: 1000, height: 650 } };
    const { bounds } = readWindowState(stored, [LAPTOP], LAPTOP);
    expect(bounds).toEqual({ x: 0, y: 78, width: 1000, height: 650 });
  });

  it('shrinks a window saved on a larger screen and grows one below the minimum size', () => {
    const huge = readWindowState(
      { bounds: { x: 0, y: 0, width: 2500, height: 1400 } },
      [LAPTOP],
      LAPTOP,
    );
    expect(huge.bounds).toEqual(LAPTOP);
    const tiny = readWindowState(
      { bounds: { x: 10, y: 10, width: 100, height: 80 } },
      [LAPTOP],
      LAPTOP,
    );
    expect(tiny.bounds).toMatchObject(MIN_WINDOW_SIZE);
  });

  it('keeps a window on the display it mostly covers', () => {
    const stored = { bounds: { x: 1300, y: 100, width: 1200, height: 800 } };
    const { bounds } = readWindowState(stored, [LAPTOP, SECOND], LAPTOP);
    expect(isInside(bounds, SECOND)).toBe(true);
    expect(bounds.width).toBe(1200);
  });
});
