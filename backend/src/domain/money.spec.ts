import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  approximate,
  compounded,
  growthFactor,
  indexedError,
  mul,
  parseDecimal,
  pow,
  largestRemainderSplitter,
  rankCodes,
  roundHalfUp,
  roundIndexedHalfUp,
  splitInProportion,
  splitLargestRemainder,
  tieOrder,
  type Ratio,
} from './money.js';

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
        expect(splitInProportion(total, small, tieOrder(ranks))).toEqual(splitLargestRemainder(total, small.map(BigInt), ranks));
      }),
    );
  });
});

// The fast paths (doubles instead of BigInt, approximations certified by an error bound) against
// plain BigInt references written the obvious way.
describe('fast paths agree with plain BigInt arithmetic', () => {
  const reference = {
    roundHalfUp(num: bigint, den: bigint): bigint {
      const magnitude = (2n * (num < 0n ? -num : num) + den) / (2n * den);
      return num < 0n ? -magnitude : magnitude;
    },
    /** Floors, then one cent each by remainder descending, tie rank ascending, input order. */
    split(total: number, weights: readonly bigint[], tieRanks: readonly number[]): number[] {
      const sum = weights.reduce((a, b) => a + b, 0n);
      const floors = weights.map((w) => (BigInt(total) * w) / sum);
      const remainders = weights.map((w, i) => BigInt(total) * w - floors[i] * sum);
      let left = BigInt(total) - floors.reduce((a, b) => a + b, 0n);
      const order = weights.map((_, i) => i).sort((a, b) => (remainders[a] !== remainders[b] ? (remainders[a] > remainders[b] ? -1 : 1) : tieRanks[a] - tieRanks[b] || a - b));
      for (const i of order) if (left-- > 0n) floors[i] += 1n;
      return floors.map(Number);
    },
  };
  // Integers around the bounds where the fast paths hand over (2^50 for rounding, 2^53 for splits).
  const bigish = fc.oneof(fc.bigInt({ min: 0n, max: 1000n }), fc.bigInt({ min: 0n, max: 2n ** 52n }), fc.bigInt({ min: 2n ** 49n, max: 2n ** 51n }), fc.bigInt({ min: 0n, max: 10n ** 30n }));
  const permutation = (n: number) => fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n });

  it('roundHalfUp', () => {
    fc.assert(
      fc.property(bigish, fc.boolean(), bigish.filter((d) => d > 0n), (magnitude, negative, den) => {
        const num = negative ? -magnitude : magnitude;
        fc.pre(reference.roundHalfUp(num, den) <= BigInt(Number.MAX_SAFE_INTEGER) && reference.roundHalfUp(num, den) >= -BigInt(Number.MAX_SAFE_INTEGER));
        expect(roundHalfUp({ num, den })).toBe(Number(reference.roundHalfUp(num, den)));
        // Exact halves and their neighbours.
        const half = { num: 2n * num + 1n, den: 2n };
        const halfRounded = reference.roundHalfUp(half.num, 2n);
        if (halfRounded <= BigInt(Number.MAX_SAFE_INTEGER) && halfRounded >= -BigInt(Number.MAX_SAFE_INTEGER)) expect(roundHalfUp(half)).toBe(Number(halfRounded));
        else expect(() => roundHalfUp(half)).toThrow(RangeError);
      }),
    );
  });

  it('roundIndexedHalfUp: an indexed amount from its approximation in doubles', () => {
    const ratio = fc.record({ num: fc.bigInt({ min: 0n, max: 10n ** 12n }), den: fc.constantFrom(1n, 10n, 100n, 1000n, 7n) });
    const growth = fc.integer({ min: 0, max: 2000 }).map((hundredths) => growthFactor({ num: BigInt(hundredths), den: 100n }));
    fc.assert(
      fc.property(ratio, growth, fc.integer({ min: 0, max: 40 }), fc.integer({ min: -1, max: 1 }), (base, g, k, nudge) => {
        const indexed = (b: Ratio) => roundIndexedHalfUp(b, g, k, approximate(b) * compounded(approximate(g), k), indexedError(k));
        const exact = (b: Ratio) => roundHalfUp(mul(b, pow(g, k)));
        fc.pre(exact(base) < 2 ** 50);
        expect(indexed(base)).toBe(exact(base));
        // A base whose indexed amount is exactly a half (or a hair either side of it).
        const power = pow(g, k);
        const atHalf = { num: (2n * base.num + 1n) * power.den + BigInt(nudge), den: 2n * power.num };
        fc.pre(atHalf.num >= 0n);
        expect(indexed(atHalf)).toBe(exact(atHalf));
      }),
    );
  });

  it('splits with any tie ranks, ties included', () => {
    const weightsArb = fc.oneof(fc.array(fc.bigInt({ min: 0n, max: 20n }), { minLength: 1, maxLength: 30 }), fc.array(fc.bigInt({ min: 0n, max: 10n ** 9n }), { minLength: 1, maxLength: 30 }));
    fc.assert(
      fc.property(weightsArb.chain((w) => fc.tuple(fc.constant(w), permutation(w.length))), fc.integer({ min: 0, max: 1e12 }), ([weights, ranks], total) => {
        fc.pre(weights.some((w) => w > 0n));
        const expected = reference.split(total, weights, ranks);
        expect(splitLargestRemainder(total, weights, ranks)).toEqual(expected);
        expect(splitInProportion(total, weights.map(Number), tieOrder(ranks))).toEqual(reference.split(total, weights, ranks));
        expect(largestRemainderSplitter(weights, tieOrder(ranks))(total)).toEqual(expected);
      }),
    );
  });

  it('splits by huge weights (in BigInt), ties and zeros included', () => {
    const huge = fc.oneof(fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.constantFrom(0n, 10n ** 20n, 3n * 10n ** 20n));
    fc.assert(
      fc.property(fc.array(huge, { minLength: 1, maxLength: 40 }).chain((w) => fc.tuple(fc.constant(w), permutation(w.length))), fc.integer({ min: 0, max: 1e12 }), ([weights, ranks], total) => {
        fc.pre(weights.some((w) => w > 0n));
        expect(splitLargestRemainder(total, weights, ranks)).toEqual(reference.split(total, weights, ranks));
      }),
    );
  });

  it('parseDecimal reads like its regular expression', () => {
    const regex = (value: number | string) => {
      const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(typeof value === 'number' ? String(value) : value.trim());
      if (!match) return null;
      const num = BigInt(match[2] + (match[3] ?? ''));
      return { num: match[1] ? -num : num, den: 10n ** BigInt((match[3] ?? '').length) };
    };
    const text = fc.string({ unit: fc.constantFrom('0', '1', '5', '9', '.', '-', ' ', 'e', ','), maxLength: 20 });
    fc.assert(
      fc.property(fc.oneof(text, fc.double({ noNaN: true }), fc.integer(), fc.stringMatching(/^\d{1,18}(\.\d{1,18})?$/)), (value) => {
        expect(parseDecimal(value)).toEqual(regex(value));
      }),
    );
  });

  it('rankCodes and tieOrder', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[0-9AB]{5}$/), { maxLength: 30 }), fc.boolean(), (codes, sorted) => {
        const list = sorted ? [...codes].sort() : codes;
        const ranks = rankCodes(list);
        list.forEach((code, i) => expect(ranks[i]).toBe(list.filter((other) => other < code).length));
        const order = tieOrder(ranks.map((rank) => rank - 1)); // shifted, like the payers' (EPCI first)
        expect(Array.from(order.memberAt)).toEqual([...list.keys()].sort((a, b) => ranks[a] - ranks[b]));
      }),
    );
    // Repeated ranks keep the input order.
    expect(Array.from(tieOrder([1, 0, 1, 0]).memberAt)).toEqual([1, 3, 0, 2]);
  });
});
