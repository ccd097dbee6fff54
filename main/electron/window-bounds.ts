// Where the window opens. What was saved is only a hint: the file may be damaged or hand-edited,
// and the PC may have lost the monitor the window was last on.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  isMaximized: boolean;
}

/** Small enough for a 1366×768 screen with a taskbar (about 1366×728 of work area). */
export const MIN_WINDOW_SIZE = { width: 960, height: 600 } as const;
const DEFAULT_SIZE = { width: 1280, height: 800 } as const;

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), Math.max(low, high));
}

/** Centred on the primary display, as large as the default size allows. */
function defaultWindowState(primaryWorkArea: Rect): WindowState {
  const width = Math.min(DEFAULT_SIZE.width, primaryWorkArea.width);
  const height = Math.min(DEFAULT_SIZE.height, primaryWorkArea.height);
  return {
    bounds: {
      x: primaryWorkArea.x + Math.round((primaryWorkArea.width - width) / 2),
      y: primaryWorkArea.y + Math.round((primaryWorkArea.height - height) / 2),
      width,
      height,
    },
    isMaximized: false,
  };
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function asRect(value: unknown): Rect | null {
  if (typeof value !== 'object' || value === null) return null;
  const { x, y, width, height } = value as Record<string, unknown>;
  if (![x, y, width, height].every(isFiniteNumber)) return null;
  const rect = { x, y, width, height } as Rect;
  return rect.width > 0 && rect.height > 0 ? rect : null;
}

function overlapArea(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/** Moves and shrinks `bounds` to lie wholly on the display it mostly covers; null if on none. */
function fitToDisplays(bounds: Rect, workAreas: readonly Rect[]): Rect | null {
  let best: Rect | null = null;
  let bestOverlap = 0;
  for (const area of workAreas) {
    const overlap = overlapArea(bounds, area);
    if (overlap > bestOverlap) [best, bestOverlap] = [area, overlap];
  }
  if (!best) return null;
  const width = Math.round(
    clamp(bounds.width, Math.min(MIN_WINDOW_SIZE.width, best.width), best.width),
  );
  const height = Math.round(
    clamp(bounds.height, Math.min(MIN_WINDOW_SIZE.height, best.height), best.height),
  );
  return {
    x: Math.round(clamp(bounds.x, best.x, best.x + best.width - width)),
    y: Math.round(clamp(bounds.y, best.y, best.y + best.height - height)),
    width,
    height,
  };
}

/** The saved state made safe to use, or the default where any part of it is not. */
export function readWindowState(
  stored: unknown,
  workAreas: readonly Rect[],
  primaryWorkArea: Rect,
): WindowState {
  const fallback = defaultWindowState(primaryWorkArea);
  if (typeof stored !== 'object' || stored === null) return fallback;
  const { bounds, isMaximized } = stored as Record<string, unknown>;
  const saved = asRect(bounds);
  return {
    bounds: (saved && fitToDisplays(saved, workAreas)) ?? fallback.bounds,
    isMaximized: isMaximized === true,
  };
}
