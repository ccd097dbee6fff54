// The print centre's checks (issue 11): a printable opened at its stable address, checked in
// the preview's DOM for overflowing text, then printed to PDF by Chromium (`page.pdf`) and read
// back with poppler: page count (`pdfinfo`), text per page (`pdftotext`), and page 1 rendered to
// PNG (`pdftoppm`) for people to look at.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { PaperSize, PrintableId } from '../../../shared/print/printables';
import { ROOT } from '../../support/cli';

export const PRINT_DIR = path.join(ROOT, 'test-results', 'print');

export type PrintQuery = Record<string, string | number | boolean | undefined>;

export function printUrl(appUrl: string, printable: string, query: PrintQuery = {}): string {
  const params = new URLSearchParams(
    Object.entries(query)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => [key, String(value)]),
  ).toString();
  return `${new URL(appUrl).origin}/#/print/${printable}${params ? `?${params}` : ''}`;
}

/** Opens a printable and waits until its sheets, fonts and images are in. */
export async function openPrintable(
  page: Page,
  appUrl: string,
  printable: PrintableId,
  query: PrintQuery = {},
): Promise<void> {
  await page.goto(printUrl(appUrl, printable, query));
  await page.locator('.print-doc .print-sheet').first().waitFor();
  await page.evaluate(async () => {
    await document.fonts.ready;
    await Promise.all(
      [...document.querySelectorAll('.print-doc img')].map((img) =>
        (img as HTMLImageElement).decode().catch(() => undefined),
      ),
    );
  });
}

/**
 * Every element of the printout whose content is wider than its box (text that would be cut or
 * run into the next column), or that reaches outside its sheet; and every one-page sheet whose
 * content is taller than the page. Measured in the preview, whose sheets have the paper's size.
 */
export function findOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const describe = (element: Element) => {
      const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60);
      return `<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}"> "${text}"`;
    };
    const problems: string[] = [];
    for (const sheet of document.querySelectorAll('.print-doc .print-sheet')) {
      const sheetBox = sheet.getBoundingClientRect();
      if (sheet.classList.contains('print-sheet--one-page')) {
        if (sheet.scrollHeight > sheet.clientHeight + 1) {
          problems.push(
            `one-page sheet is ${sheet.scrollHeight - sheet.clientHeight}px too tall: ${describe(sheet)}`,
          );
        }
      }
      for (const element of sheet.querySelectorAll('*')) {
        if (element.closest('svg') && element.tagName.toLowerCase() !== 'svg') continue;
        const style = getComputedStyle(element);
        if (style.display === 'none' || style.visibility === 'hidden') continue;
        const box = element.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue;
        const html = element as HTMLElement;
        if (style.display !== 'inline' && html.clientWidth > 0) {
          if (html.scrollWidth > html.clientWidth + 1) {
            problems.push(
              `content wider than its box by ${html.scrollWidth - html.clientWidth}px: ${describe(element)}`,
            );
          }
          if (style.overflowY !== 'visible' && html.scrollHeight > html.clientHeight + 1) {
            problems.push(
              `content taller than its box by ${html.scrollHeight - html.clientHeight}px: ${describe(element)}`,
            );
          }
        }
        // Rotated tear-off tabs and the like are measured by their painted box.
        if (box.left < sheetBox.left - 1 || box.right > sheetBox.right + 1) {
          problems.push(`outside its sheet: ${describe(element)}`);
        }
      }
    }
    return problems;
  });
}

export interface PrintedPdf {
  file: string;
  pages: number;
  /** The text of each page, in reading order (`pdftotext -layout`). */
  pageTexts: string[];
  text: string;
  /** Page 1 as PNG, for people to look at. */
  png: string;
}

/** Prints the open printable to PDF at its own @page size and reads it back. */
export async function printToPdf(page: Page, name: string): Promise<PrintedPdf> {
  mkdirSync(PRINT_DIR, { recursive: true });
  const file = path.join(PRINT_DIR, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN);
  // Without the invisible marks that keep a phone number left to right inside a sentence
  // (U+2066–U+2069): the words as a reader sees them.
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(
    /[\u2066-\u2069]/g,
    '',
  );
  const pageTexts = text.split('\f').slice(0, pages);
  const pngBase = path.join(PRINT_DIR, name);
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    file,
    pngBase,
  ]);
  return { file, pages, pageTexts, text, png: `${pngBase}.png` };
}

export interface PrintableCheck {
  printable: PrintableId;
  query?: PrintQuery;
  paper: PaperSize;
  /** The artifact's name: test-results/print/<name>.pdf and .png. */
  name: string;
}

/**
 * Opens, checks for overflow and prints one printable in one paper size: the whole check of
 * issue 11's "Tests and evidence", bar the printable's own text and page expectations.
 */
export async function checkPrintable(
  page: Page,
  appUrl: string,
  { printable, query = {}, paper, name }: PrintableCheck,
): Promise<PrintedPdf & { overflow: string[] }> {
  await openPrintable(page, appUrl, printable, { ...query, paper });
  const overflow = await findOverflow(page);
  const pdf = await printToPdf(page, name);
  return { ...pdf, overflow };
}

/** The page size pdfinfo reports, in points: A4 595×842, Letter 612×792. */
export function pageSizeOf(file: string): { width: number; height: number } {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const match = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  return { width: Number(match?.[1]), height: Number(match?.[2]) };
}
