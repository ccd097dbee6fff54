import { useMemo } from 'react';
import { create } from 'qrcode';

/** The blank margin a scanner needs around the code, in modules (ISO/IEC 18004). */
const QUIET_ZONE = 4;

/** One path of unit squares, one per dark module: a few kilobytes, sharp at any size. */
function modulesPath(text: string): { size: number; path: string } {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const squares: string[] = [];
  for (let row = 0; row < modules.size; row += 1) {
    for (let column = 0; column < modules.size; column += 1) {
      if (modules.get(row, column)) squares.push(`M${column} ${row}h1v1h-1z`);
    }
  }
  return { size: modules.size, path: squares.join('') };
}

/**
 * A QR code drawn as SVG in the page itself (no image URL, nothing for the CSP to allow), black
 * on white so any printer and phone camera read it.
 */
export function QrCode({ text, className }: { text: string; className?: string }) {
  const { size, path } = useMemo(() => modulesPath(text), [text]);
  const side = size + 2 * QUIET_ZONE;
  return (
    <svg
      className={className}
      viewBox={`${-QUIET_ZONE} ${-QUIET_ZONE} ${side} ${side}`}
      shapeRendering="crispEdges"
      aria-hidden="true"
      data-qr-modules={size}
    >
      <path d={path} fill="#000" />
    </svg>
  );
}
