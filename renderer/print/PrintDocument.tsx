import type { CSSProperties, ReactNode } from 'react';
import type { Language } from '../../shared/domain/fields';
import { PAGE_MARGIN, PAPER, type PaperSize } from '../../shared/print/printables';
import { usePrint } from './print-context';

/**
 * The printout itself: the paper size (a named `@page` in printables.css: the strict CSP allows
 * no inline style sheet), the printout's language and direction, and large print. On screen it is the preview (each sheet drawn at paper width);
 * printed or saved as PDF, only this element prints (print.css hides everything else).
 */
export function PrintDocument({ children }: { children: ReactNode }) {
  const { printable, paper, isLargePrint, language, dir } = usePrint();
  return (
    <PaperDocument
      name={printable}
      paper={paper}
      isLargePrint={isLargePrint}
      language={language}
      dir={dir}
    >
      {children}
    </PaperDocument>
  );
}

interface PaperDocumentProps {
  /** The printout's class name: `print-doc--<name>`. */
  name: string;
  paper: PaperSize;
  isLargePrint: boolean;
  language: Language;
  dir: 'ltr' | 'rtl';
  children: ReactNode;
}

/**
 * The same frame for a printout outside the print centre, which has no route and no subject:
 * the recovery key sheet, whose key is never stored and so can only print from its own screen.
 */
export function PaperDocument({
  name,
  paper,
  isLargePrint,
  language,
  dir,
  children,
}: PaperDocumentProps) {
  const size = PAPER[paper];
  return (
    <div
      className={`print-doc print-doc--${name}${isLargePrint ? ' print-doc--large' : ''}`}
      data-paper={paper}
      lang={language}
      dir={dir}
      style={
        {
          '--paper-width': size.width,
          '--paper-height': size.height,
          '--page-margin': PAGE_MARGIN,
        } as CSSProperties
      }
    >
      {children}
    </div>
  );
}

interface PrintSheetProps {
  children: ReactNode;
  /**
   * Exactly one page (flyer, poster, session plan): the sheet is the page's printable area, and
   * its content must fit inside it. Otherwise the content flows over as many pages as it needs.
   */
  isOnePage?: boolean;
  className?: string;
}

/** One printed page (or, for a long list, the start of a flow of pages). */
export function PrintSheet({ children, isOnePage = false, className }: PrintSheetProps) {
  return (
    <section
      className={['print-sheet', isOnePage ? 'print-sheet--one-page' : '', className ?? '']
        .filter(Boolean)
        .join(' ')}
    >
      {children}
    </section>
  );
}
