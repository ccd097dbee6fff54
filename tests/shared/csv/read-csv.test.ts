import { decodeCsvBytes, readCsv } from '../../../shared/csv/read-csv';

const utf8 = (text: string) => new TextEncoder().encode(text);
const BOM = [0xef, 0xbb, 0xbf];

describe('reading a CSV file', () => {
  it('reads UTF-8 with a BOM without keeping the BOM in the first header', () => {
    const sheet = readCsv(
      new Uint8Array([...BOM, ...utf8('First name,Email\r\nRené,r@example.org\r\n')]),
    );
    expect(sheet.header).toEqual(['First name', 'Email']);
    expect(sheet.records).toEqual([{ rowNumber: 2, cells: ['René', 'r@example.org'] }]);
  });

  it('reads UTF-8 without a BOM', () => {
    expect(readCsv(utf8('Nombre\nMaría José\n')).records[0]!.cells).toEqual(['María José']);
  });

  it('reads Windows-1252 from older Excel when the bytes are not UTF-8', () => {
    // "Prénom;Nom\r\nAndré;Lefèvre" in Windows-1252: é is 0xE9, è is 0xE8.
    const bytes = new Uint8Array([
      ...utf8('Pr'),
      0xe9,
      ...utf8('nom;Nom\r\nAndr'),
      0xe9,
      ...utf8(';Lef'),
      0xe8,
      ...utf8('vre\r\n'),
    ]);
    expect(decodeCsvBytes(bytes)).toBe('Prénom;Nom\r\nAndré;Lefèvre\r\n');
    expect(readCsv(bytes)).toEqual({
      header: ['Prénom', 'Nom'],
      records: [{ rowNumber: 2, cells: ['André', 'Lefèvre'] }],
    });
  });

  it.each([
    ['a comma', ','],
    ['a semicolon', ';'],
    ['a tab', '\t'],
  ])('guesses %s as the separator', (_name, separator) => {
    const text =
      ['First name', 'Last name', 'Phone'].join(separator) +
      '\r\n' +
      ['Ana', 'Ruiz', '600 111 222'].join(separator) +
      '\r\n';
    expect(readCsv(utf8(text)).records[0]!.cells).toEqual(['Ana', 'Ruiz', '600 111 222']);
  });

  it('keeps quoted commas and line breaks inside one cell and numbers rows as the spreadsheet does', () => {
    const text = 'Name,Notes\r\nAna,"Evenings, weekends"\r\nBo,"Line one\r\nline two"\r\nCy,ok\r\n';
    expect(readCsv(utf8(text)).records).toEqual([
      { rowNumber: 2, cells: ['Ana', 'Evenings, weekends'] },
      { rowNumber: 3, cells: ['Bo', 'Line one\r\nline two'] },
      { rowNumber: 4, cells: ['Cy', 'ok'] },
    ]);
  });

  it('skips empty lines but still counts them in the row numbers', () => {
    const text = 'Name,Email\n\nAna,a@example.org\n,\n\nBo,b@example.org\n';
    expect(readCsv(utf8(text)).records.map((r) => r.rowNumber)).toEqual([3, 6]);
  });

  it('reads an empty file as no header and no rows', () => {
    expect(readCsv(new Uint8Array())).toEqual({ header: [], records: [] });
  });
});
