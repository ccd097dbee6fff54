import type { FocusEvent } from 'react';

/**
 * A form's onFocus: shows all of the focused field above its sticky save bar. For a text area
 * the browser scrolls only its caret into view, which can leave most of the box under the bar;
 * `nearest` does nothing when the field is already in view, and honours the stylesheet's
 * scroll-margin for the bar.
 */
export function revealFocusedField(event: FocusEvent<HTMLFormElement>): void {
  if (event.target instanceof HTMLElement) event.target.scrollIntoView({ block: 'nearest' });
}
