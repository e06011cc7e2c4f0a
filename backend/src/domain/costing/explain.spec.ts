// The formatting's arithmetic fast paths against the plain digit-string formatting they replace.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { formatDecimal, formatEuros, formatPercent, formatRate, formatShare } from './explain.js';

/** The reference: digits as a string, grouped and trimmed as text. */
const reference = {
  fixed(scaled: bigint, minDecimals: number, decimals: number): string {
    const negative = scaled < 0n;
    const digits = String(negative ? -scaled : scaled).padStart(decimals + 1, '0');
    const whole = reference.group(digits.slice(0, digits.length - decimals));
    let fraction = digits.slice(digits.length - decimals);
    while (fraction.length > minDecimals && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
    const text = fraction ? `${whole},${fraction}` : whole;
    return negative ? `-${text}` : text;
  },
  group(digits: string): string {
    let grouped = digits.slice(0, digits.length % 3 || 3);
    for (let i = grouped.length; i < digits.length; i += 3) grouped += '\u202f' + digits.slice(i, i + 3);
    return grouped;
  },
  halfUp(num: bigint, den: bigint): bigint {
    const magnitude = (2n * (num < 0n ? -num : num) + den) / (2n * den);
    return num < 0n ? -magnitude : magnitude;
  },
  decimal(num: bigint, den: bigint, minDecimals = 0, maxDecimals = 2): string {
    if (den === 1n && minDecimals === 0) return num < 0n ? `-${reference.group(String(-num))}` : reference.group(String(num));
    return reference.fixed(reference.halfUp(num * 10n ** BigInt(maxDecimals), den), minDecimals, maxDecimals);
  },
};

const integer = fc.oneof(fc.bigInt({ min: -1000n, max: 1000n }), fc.bigInt({ min: -(2n ** 53n), max: 2n ** 53n }), fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }));
const positive = fc.oneof(fc.bigInt({ min: 1n, max: 1000n }), fc.bigInt({ min: 1n, max: 2n ** 40n }), fc.bigInt({ min: 1n, max: 10n ** 25n }));

describe('French formatting', () => {
  it('formatEuros, from a number or a bigint', () => {
    fc.assert(
      fc.property(integer, (cents) => {
        const expected = `${reference.fixed(cents, 2, 2)}\u00a0€`;
        expect(formatEuros(cents)).toBe(expected);
        if (cents >= -BigInt(Number.MAX_SAFE_INTEGER) && cents <= BigInt(Number.MAX_SAFE_INTEGER)) expect(formatEuros(Number(cents))).toBe(expected);
      }),
    );
    expect(formatEuros(2_500_000)).toBe('25\u202f000,00\u00a0€');
    expect(formatEuros(-5)).toBe('-0,05\u00a0€');
  });

  it('formatDecimal, formatPercent and formatRate', () => {
    fc.assert(
      fc.property(integer, positive, fc.integer({ min: 0, max: 2 }), fc.integer({ min: 2, max: 8 }), (num, den, minDecimals, maxDecimals) => {
        expect(formatDecimal({ num, den }, minDecimals, maxDecimals)).toBe(reference.decimal(num, den, minDecimals, maxDecimals));
        expect(formatDecimal({ num, den })).toBe(reference.decimal(num, den));
        expect(formatPercent({ num, den })).toBe(`${reference.decimal(num, den)}\u00a0%`);
        expect(formatRate({ num, den })).toBe(`${reference.decimal(num, den * 100n, 2, 6)}\u00a0€`);
      }),
    );
  });

  it('formatShare, from numbers or bigints, and never NaN', () => {
    fc.assert(
      fc.property(positive, fc.double({ min: 0, max: 1, noNaN: true }), (whole, fraction) => {
        const part = BigInt(Math.floor(Number(whole) * fraction)) > whole ? whole : BigInt(Math.floor(Number(whole) * fraction));
        const expected = `${reference.fixed(reference.halfUp(part * 10_000n, whole), 0, 2)}\u00a0%`;
        expect(formatShare(part, whole)).toBe(expected);
        if (whole <= BigInt(Number.MAX_SAFE_INTEGER)) expect(formatShare(Number(part), Number(whole))).toBe(expected);
      }),
    );
    expect(formatShare(0n, 0n)).toBe('0\u00a0%');
    expect(formatShare(0, 0)).toBe('0\u00a0%');
  });
});
