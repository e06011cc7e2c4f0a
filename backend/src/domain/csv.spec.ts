import { CsvError, formatCsv, parseCsv } from './csv.js';

describe('parseCsv', () => {
  it('reads semicolons with a BOM, CRLF line ends and blank lines skipped', () => {
    expect(parseCsv('\uFEFFa;b\r\n1;2\r\n\r\n3;4\r\n')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', '2'] },
      { line: 4, cells: ['3', '4'] },
    ]);
  });

  it('reads quoted fields with separators, doubled quotes and line breaks, counting lines from where records start', () => {
    expect(parseCsv('nom;note\n"Plouër; sur ""Rance""";"deux\nlignes"\nfin;x')).toEqual([
      { line: 1, cells: ['nom', 'note'] },
      { line: 2, cells: ['Plouër; sur "Rance"', 'deux\nlignes'] },
      { line: 4, cells: ['fin', 'x'] },
    ]);
  });

  it('takes the separator the header uses most: tabs from a paste, commas from other tools', () => {
    expect(parseCsv('a\tb\n1,5\t2').map((r) => r.cells)).toEqual([['a', 'b'], ['1,5', '2']]);
    expect(parseCsv('a,b\n1;5,2').map((r) => r.cells)).toEqual([['a', 'b'], ['1;5', '2']]);
  });

  it('refuses an unterminated quote, saying on which line it opened', () => {
    expect(() => parseCsv('a;b\n1;"deux\n3;4')).toThrow(new CsvError(2, 'guillemet ouvrant sans guillemet fermant.'));
  });

  it('writes what it reads back', () => {
    const records = [['Code INSEE', 'Commune'], ['22213', 'Plouër; "sur" Rance']];
    const text = formatCsv(records);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(parseCsv(text).map((r) => r.cells)).toEqual(records);
  });
});
