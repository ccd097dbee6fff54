import type { ComponentType } from 'react';

/** One printable, as the print centre shows it. Each lives in its own folder under print/. */
export interface PrintableModule {
  /**
   * The printout: `PrintSheet`s once its data is in, `PrintQueryStatus` until then. It reads its
   * subject and options from `usePrint()` and writes in `usePrint().t` (the printout's language).
   */
  Document: ComponentType;
  /** Screen-only pickers for the subject (which group, session, period…), above the preview. */
  Subject?: ComponentType;
  /** The PDF's suggested file name, without the date: "Grief Café flyer". */
  useFileTitle?: () => string;
}
