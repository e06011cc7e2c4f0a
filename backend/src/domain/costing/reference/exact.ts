// The reference engine's arithmetic: every figure an exact BigInt ratio, every rounding done on
// integers, with no shortcut through doubles. Slow and obviously right; the fast engine must give
// the same cents (properties.spec.ts).
import { AmountOutOfRange, divideHalfUp, type Cents, type Ratio } from '../../money.js';

// Plain BigInt operations, shared with the fast engine.
export { add, divideHalfUp, growthFactor, isCents, mul, pow, rankCodes, type Cents, type Ratio } from '../../money.js';

/** « 2 », « 2.5 », « 33.33 » read exactly; a number is read from its shortest writing. */
export function parseDecimal(value: number | string): Ratio | null {
  const text = typeof value === 'number' ? String(value) : value.trim();
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return null;
  const [, sign, whole, fraction = ''] = match;
  const num = BigInt(whole + fraction);
  return { num: sign ? -num : num, den: 10n ** BigInt(fraction.length) };
}

export function roundHalfUp(a: Ratio): Cents {
  return toCents(divideHalfUp(a.num, a.den));
}

export function toCents(value: bigint): Cents {
  const result = Number(value);
  if (!Number.isSafeInteger(result)) throw new AmountOutOfRange(value);
  return result;
}

/**
 * Largest remainder: the floor of each exact share, then one cent each to the largest remainders,
 * equal remainders to the lowest tie ranks. Weights must not all be zero.
 */
export function splitLargestRemainder(total: Cents, weights: readonly bigint[], tieRanks: readonly number[]): Cents[] {
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0n);
  if (weightSum <= 0n) throw new RangeError('Cannot split by weights that are all zero');
  const products = weights.map((weight) => BigInt(total) * weight);
  const shares = products.map((product) => product / weightSum);
  const remainders = products.map((product, i) => product - shares[i] * weightSum);
  const centsLeft = BigInt(total) - shares.reduce((sum, share) => sum + share, 0n);
  const order = weights.map((_, i) => i).sort((a, b) => (remainders[a] === remainders[b] ? tieRanks[a] - tieRanks[b] : remainders[a] > remainders[b] ? -1 : 1));
  for (let k = 0; k < Number(centsLeft); k++) shares[order[k]] += 1n;
  return shares.map(toCents);
}

/** The same split when the weights are amounts in cents (e.g. each payer's share). */
export function splitInProportion(total: Cents, weights: readonly Cents[], tieRanks: readonly number[]): Cents[] {
  return splitLargestRemainder(total, weights.map(BigInt), tieRanks);
}
