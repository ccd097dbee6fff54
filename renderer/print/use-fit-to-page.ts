import { useLayoutEffect, useState } from 'react';

/**
 * Room kept free below a one-page printout's content: printed, the sheet is 1 mm shorter than
 * the preview (printables.css), and a line may wrap a little differently on paper.
 */
const SAFETY_PX = 12;
/** Halvings of the scale's range: 1/128 of it is finer than a point of type. */
const STEPS = 7;

/**
 * Sizes a one-page printout's type to its page (flyer, poster, session plan): finds the largest
 * `--fit` (1 = the printout's own type sizes; from `min` for long text up to `max` for short
 * text, so a short plan grows to be read in a dim room) at which the element's content fits the
 * height it has in its sheet, and sets it on the element for its CSS to scale by. The element is
 * a flex item filling a one-page sheet (`flex: 1 1 auto; min-height: 0`). Measured before the
 * browser paints (so the preview, the print and the PDF show the fitted page), again whenever
 * `layoutKey` changes (paper, language, large print, data) or the element appears (its data
 * came last), and once the fonts are in. Returns the callback ref for the element and the scale
 * chosen, so the screen can say when a printout had to shrink.
 */
export function useFitToPage<T extends HTMLElement>(
  layoutKey: string,
  { min, max }: { min: number; max: number },
) {
  const [element, setElement] = useState<T | null>(null);
  const [scale, setScale] = useState(1);
  useLayoutEffect(() => {
    if (!element) return;
    const fit = () => {
      // The page's room for it (the element fills its sheet), then its content's own height
      // at each size, measured with the element let go to that height. Each step writes one
      // style and reads one box: one layout per step, no more.
      element.style.removeProperty('flex');
      const room = element.clientHeight - SAFETY_PX;
      element.style.setProperty('flex', '0 0 auto');
      const fitsAt = (value: number) => {
        element.style.setProperty('--fit', String(value));
        return element.offsetHeight <= room;
      };
      let low = min;
      let high = max;
      if (fitsAt(high)) low = high;
      else {
        for (let step = 0; step < STEPS; step += 1) {
          const middle = (low + high) / 2;
          if (fitsAt(middle)) low = middle;
          else high = middle;
        }
      }
      element.style.setProperty('--fit', String(low));
      element.style.removeProperty('flex');
      setScale(low);
    };
    fit();
    let isCurrent = true;
    // Type measured before a font arrives would be measured in its fallback.
    void document.fonts?.ready.then(() => {
      if (isCurrent) fit();
    });
    return () => {
      isCurrent = false;
    };
  }, [element, layoutKey, min, max]);
  return { ref: setElement, scale };
}
