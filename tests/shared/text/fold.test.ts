import { foldForSearch } from '../../../shared/text/fold';

describe('folding text for search and comparison', () => {
  it.each([
    ['Grief Café', 'grief cafe'],
    ['CAFÉ', 'cafe'],
    ['Cafe\u0301 (decomposed)', 'cafe (decomposed)'],
    ['Ñandú', 'nandu'],
    ['Straße', 'strasse'],
    ['STRAẞE', 'strasse'],
    ['İstanbul', 'istanbul'],
    ['ıslak', 'islak'],
    ['ΟΔΟΣ', 'οδοσ'],
    ['Ca\u00ADfé\u200B', 'cafe'],
    ['مَرْحَبًا', 'مرحبا'],
  ])('folds %j to %j', (text, folded) => {
    expect(foldForSearch(text)).toBe(folded);
  });

  it('makes a search term and the text it should find meet', () => {
    expect(foldForSearch('Grief Café Monday')).toContain(foldForSearch('CAFE'));
  });
});
