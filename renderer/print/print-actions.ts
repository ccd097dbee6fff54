// Print and Save as PDF. In Electron the preload offers the system print dialog and
// `printToPDF` to a file chosen in a save dialog; in the browser host, the browser's own print
// dialog does both (its "Save as PDF" printer). No silent printing, no second browser engine.
import type { SaveOutcome } from '../../shared/api/bridge';
import type { PaperSize } from '../../shared/print/printables';

export function isDesktopApp(): boolean {
  return typeof window.circlekeeper?.print === 'function';
}

export async function printPage(): Promise<void> {
  const bridge = window.circlekeeper;
  if (bridge?.print) {
    await bridge.print();
    return;
  }
  window.print();
}

/** Electron: a PDF file where the person chooses. The browser host: the print dialog. */
export async function savePdf(suggestedName: string, paper: PaperSize): Promise<SaveOutcome> {
  const bridge = window.circlekeeper;
  if (bridge?.savePdf) return bridge.savePdf({ suggestedName, paper });
  window.print();
  return 'saved';
}

/** "Grief Café flyer 2026-12-01.pdf": a name a person recognises in their Documents folder. */
export function pdfFileName(title: string, date: string): string {
  const safe = [...title]
    .map((char) => (char < ' ' || '\\/:*?"<>|'.includes(char) ? ' ' : char))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  return `${safe.slice(0, 100) || 'Circlekeeper'} ${date}.pdf`;
}
