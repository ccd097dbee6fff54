import { useEffect, useLayoutEffect, useState } from 'react';

/**
 * Type sizes tried in turn, largest first, until the content fits its one page: a short plan
 * grows to use the page (easier to read in a dim room), a long one shrinks.
 */
const SCALES = [1.3, 1.2, 1.1, 1, 0.94, 0.88, 0.82, 0.76, 0.7, 0.64, 0.58];
/** Print makes the one-page sheet 1 mm shorter than the preview's (printables.css): keep clear. */
const PRINT_ALLOWANCE_PX = 5;

/**
 * Sizes a one-page printable's body (its `--plan-scale`) to the largest type that fits its sheet:
 * a coordinator's own guide may be long, and large print or Spanish make any text longer. It is
 * measured before the browser paints, so the preview, the print and the PDF show the fitted
 * page. `content` names what is printed: when it changes, fitting starts again from full size.
 * Returns the callback ref for the body.
 */
export function useFitToPage(content: string): (body: HTMLElement | null) => void {
  const [body, setBody] = useState<HTMLElement | null>(null);
  const [fontsLoaded, setFontsLoaded] = useState(false);
  useEffect(() => {
    let isCurrent = true;
    void document.fonts.ready.then(() => isCurrent && setFontsLoaded(true));
    return () => {
      isCurrent = false;
    };
  }, []);
  useLayoutEffect(() => {
    const sheet = body?.closest('.print-sheet');
    if (!body || !sheet) return;
    // The body is the sheet's last part and stretches to its bottom: it fits when its columns
    // end above the sheet's bottom padding (the page margin), with the print allowance to spare.
    // (A sheet's scrollHeight is never below its clientHeight, so it cannot tell a page with
    // room left from a full one.)
    const fits = () => {
      const bottom = sheet.getBoundingClientRect().bottom;
      const margin = parseFloat(getComputedStyle(sheet).paddingBottom) || 0;
      const columnsEnd = Math.max(
        ...Array.from(body.children, (column) => column.getBoundingClientRect().bottom),
      );
      return columnsEnd <= bottom - margin - PRINT_ALLOWANCE_PX;
    };
    // Each step lays the sheet out again at once (reading a box forces it): no flicker.
    for (const scale of SCALES) {
      body.style.setProperty('--plan-scale', String(scale));
      if (fits()) break;
    }
  }, [body, content, fontsLoaded]);
  return setBody;
}
