import Papa from 'papaparse';
import { UTF8_BOM, writeCsv, type CsvColumn } from '../../../shared/csv/write-csv';

// Exports open in Excel and LibreOffice: nothing typed into a name may run there as a formula.

interface Person {
  name: string;
  hours: number | null;
}

const columns: CsvColumn<Person>[] = [
  { header: 'Volunteer', value: (row) => row.name },
  { header: 'Hours', value: (row) => row.hours },
];

const parse = (csv: string) => Papa.parse<string[]>(csv.slice(UTF8_BOM.length)).data;

describe('writeCsv', () => {
  it('starts with a UTF-8 BOM and separates lines with CRLF', () => {
    const csv = writeCsv([{ name: 'Zoë Núñez', hours: 1.5 }], columns);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toBe('\uFEFFVolunteer,Hours\r\nZoë Núñez,1.5');
  });

  it('parses back with papaparse to the same rows: commas, quotes, accents and line breaks', () => {
    const people: Person[] = [
      { name: 'Okafor, Mara "Mama" Jr', hours: 3.25 },
      { name: 'José Ñandú Çelik', hours: 0 },
      { name: 'Two\r\nlines', hours: null },
    ];
    expect(parse(writeCsv(people, columns))).toEqual([
      ['Volunteer', 'Hours'],
      ['Okafor, Mara "Mama" Jr', '3.25'],
      ['José Ñandú Çelik', '0'],
      ['Two\r\nlines', ''],
    ]);
  });

  it('escapes every text cell a spreadsheet would run as a formula', () => {
    const formulas = [
      '=SUM(A1)',
      '+1',
      '-1',
      '@x',
      '\t=1+1',
      '\r=1+1',
      '=HYPERLINK("http://x.example")\nsecond line',
      '＝1+1',
    ];
    const csv = writeCsv(
      formulas.map((name) => ({ name, hours: -2 })),
      columns,
    );
    expect(parse(csv).slice(1)).toEqual(formulas.map((name) => [`'${name}`, '-2']));
  });

  it('leaves text alone that only contains those characters further in', () => {
    const names = ['Anne-Marie', 'a=b', 'x@example.org', 'C++ club'];
    const csv = writeCsv(
      names.map((name) => ({ name, hours: 1 })),
      columns,
    );
    expect(parse(csv).slice(1)).toEqual(names.map((name) => [name, '1']));
  });

  it('writes only the header line when there are no rows', () => {
    expect(writeCsv([], columns)).toBe('\uFEFFVolunteer,Hours');
  });
});
