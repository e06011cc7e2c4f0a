import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parseDecimal, rankCodes, roundHalfUp, splitInProportion, splitLargestRemainder } from './money.js';

describe('parseDecimal', () => {
  it('reads decimal writings exactly, from strings and numbers alike', () => {
    expect(parseDecimal('2.5')).toEqual({ num: 25n, den: 10n });
    expect(parseDecimal(1.1)).toEqual({ num: 11n, den: 10n });
    expect(parseDecimal('33.33')).toEqual({ num: 3333n, den: 100n });
    expect(parseDecimal('-4')).toEqual({ num: -4n, den: 1n });
  });

  it('refuses what is not a plain decimal', () => {
    for (const text of ['2,5', '', 'abc', '1e21', '.5', '1.']) expect(parseDecimal(text)).toBeNull();
    expect(parseDecimal(1e21)).toBeNull();
  });
});

describe('roundHalfUp', () => {
  it('rounds half a cent up and less than half down', () => {
    expect(roundHalfUp({ num: 25n, den: 10n })).toBe(3);
    expect(roundHalfUp({ num: 249n, den: 100n })).toBe(2);
    expect(roundHalfUp({ num: -25n, den: 10n })).toBe(-3);
  });

  it('refuses a result beyond the safe integer range', () => {
    expect(() => roundHalfUp({ num: 2n ** 60n, den: 1n })).toThrow(RangeError);
  });
});

describe('largest-remainder split', () => {
  it('gives the cents left to the largest remainders', () => {
    // Exact shares 33.33…, 33.33…, 33.33… of 100: one cent left, to the lowest rank.
    expect(splitLargestRemainder(100, [1n, 1n, 1n], [2, 0, 1])).toEqual([33, 34, 33]);
    // 10 × 1/6 = 1.67, 10 × 2/6 = 3.33, 10 × 3/6 = 5: the 0.67 remainder wins.
    expect(splitLargestRemainder(10, [1n, 2n, 3n], [0, 1, 2])).toEqual([2, 3, 5]);
  });

  it('breaks ties by ascending code, whatever the input order', () => {
    const codes = ['82112', '2A004', '82033'];
    expect(rankCodes(codes)).toEqual([2, 0, 1]);
    expect(splitLargestRemainder(2, [1n, 1n, 1n], rankCodes(codes))).toEqual([0, 1, 1]);
  });

  it('refuses weights that are all zero', () => {
    expect(() => splitLargestRemainder(100, [0n, 0n], [0, 1])).toThrow(RangeError);
  });

  it('adds up exactly and gives everyone the floor or the ceiling of their exact share', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.array(fc.bigInt({ min: 0n, max: 10n ** 15n }), { minLength: 1, maxLength: 40 }), (total, weights) => {
        fc.pre(weights.some((w) => w > 0n));
        const shares = splitLargestRemainder(total, weights, weights.map((_, i) => i));
        expect(shares.reduce((a, b) => a + b, 0)).toBe(total);
        const sum = weights.reduce((a, b) => a + b, 0n);
        shares.forEach((share, i) => {
          const exactFloor = (BigInt(total) * weights[i]) / sum;
          expect(BigInt(share) === exactFloor || BigInt(share) === exactFloor + 1n).toBe(true);
        });
      }),
    );
  });

  it('gives the same result with huge weights (exact BigInt path) as with small ones', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.array(fc.integer({ min: 0, max: 1e6 }), { minLength: 1, maxLength: 30 }), (total, small) => {
        fc.pre(small.some((w) => w > 0));
        const ranks = small.map((_, i) => i);
        const scaled = small.map((w) => BigInt(w) * 10n ** 12n);
        expect(splitLargestRemainder(total, scaled, ranks)).toEqual(splitLargestRemainder(total, small.map(BigInt), ranks));
        expect(splitInProportion(total, small, ranks)).toEqual(splitLargestRemainder(total, small.map(BigInt), ranks));
      }),
    );
  });
});
