import { centsToEuros, eurosToCents, formatFrenchNumber, readFrenchNumber, typedCentsText, typedDecimal } from './numbers.js';

describe('readFrenchNumber', () => {
  it.each([
    ['12,5', '12.5'],
    ['12.50', '12.5'],
    ['1 234 567,89', '1234567.89'],
    ['1\u202f234', '1234'],
    ['1\u00a0234,5', '1234.5'],
    ['1.234,5', '1234.5'],
    ['1,234.5', '1234.5'],
    ['007', '7'],
    [42, '42'],
  ])('reads %j as %s', (typed, value) => {
    expect(readFrenchNumber(typed, 2, 1e9)).toEqual({ ok: true, value });
  });

  it.each([
    ['-3', 2, /ne peut pas être négative/],
    ['abc', 2, /n'est pas un nombre/],
    ['1,255', 2, /au plus 2 décimales/],
    ['2,5', 0, /un nombre entier est attendu/],
    ['2000000000', 2, /valeur trop grande/],
  ])('refuses %j', (typed, decimals, problem) => {
    const reading = readFrenchNumber(typed, decimals, 1e9);
    expect(reading.ok).toBe(false);
    expect(!reading.ok && reading.problem).toMatch(problem);
  });
});

it('converts euros and cents exactly, both ways', () => {
  expect(eurosToCents('12345678.9')).toBe(1_234_567_890);
  expect(eurosToCents('0.05')).toBe(5);
  expect(centsToEuros(1_234_567_890)).toBe('12345678.9');
  expect(centsToEuros(5)).toBe('0.05');
  expect(formatFrenchNumber('1234567.5')).toBe('1\u202f234\u202f567,5');
});

describe('typedCentsText and typedDecimal', () => {
  it('write stored figures back as a French user types them', () => {
    expect(typedCentsText('37.5')).toBe('0,375');
    expect(typedCentsText('25000')).toBe('250,00');
    expect(typedCentsText(123_450)).toBe('1\u202f234,50');
    expect(typedDecimal('2.5')).toBe('2,5');
    expect(typedDecimal(null)).toBe('');
  });
});
