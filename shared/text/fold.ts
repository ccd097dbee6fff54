// One way to compare text the way people expect when they search: "cafe" finds "Grief Café",
// "CAFÉ" too, in every language. The core's SQL search and the screens' own filters both use it.
import { removeIgnorable } from './invisible';

const COMBINING_MARKS = /\p{M}/gu;

// Letters that case-folding alone leaves apart from what people type: German sharp s (ẞ lowers
// to ß), Turkish dotless ı (İ decomposes to I + a dot, dropped with the marks), final sigma.
const FOLDED_LETTERS: Record<string, string> = { ß: 'ss', ı: 'i', ς: 'σ' };
const SPECIAL_LETTERS = new RegExp(`[${Object.keys(FOLDED_LETTERS).join('')}]`, 'gu');

// Most stored text is plain ASCII, which needs only lower-casing: searches over thousands of rows
// call this once per row and column.
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/** Lower case, no accents or other combining marks, no invisible characters. */
export function foldForSearch(text: string): string {
  if (PLAIN_ASCII.test(text)) return text.toLowerCase();
  return removeIgnorable(text)
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(SPECIAL_LETTERS, (letter) => FOLDED_LETTERS[letter] ?? letter);
}
