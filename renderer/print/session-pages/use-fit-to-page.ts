import { useEffect, useLayoutEffect, useState } from 'react';

/** Type sizes tried in turn, largest first, until the content fits its one page. */
const SCALES = [1, 0.94, 0.88, 0.82, 0.76, 0.7, 0.64, 0.58];
/** Print makes the one-page sheet 1 mm shorter than the preview's (printables.css): keep clear. */
const PRINT_ALLOWANCE_PX = 5;

/**
 * Shrinks a one-page printable's body (its `--plan-scale`) until its sheet no longer overflows:
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
    // Each step lays the sheet out again at once (reading scrollHeight forces it): no flicker.
    for (const scale of SCALES) {
      body.style.setProperty('--plan-scale', String(scale));
      if (sheet.scrollHeight <= sheet.clientHeight - PRINT_ALLOWANCE_PX) break;
    }
  }, [body, content, fontsLoaded]);
  return setBody;
}
