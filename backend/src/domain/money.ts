// Exact money arithmetic shared by the domain: integer euro cents, exact decimal ratios in BigInt,
// one rounding rule for priced amounts (half-up) and one for splits (largest remainder).

/** An amount in euro cents: always a safe integer, never a float. */
export type Cents = number;

/**
 * The largest figure a drafter may enter, in cents (10 billion euros) or as a decimal quantity or
 * rate: far above any EPCI's budget, and low enough that the sums of a scheme stay exact. A product
 * that still goes beyond 2^53 cents is reported on its action (AmountOutOfRange), never rounded.
 */
export const MAX_FIGURE_CENTS = 1_000_000_000_000;
/** A decimal figure: at most 12 digits before the point and 6 after. */
export const BOUNDED_DECIMAL = /^-?\d{1,12}(\.\d{1,6})?$/;

/** An exact rational number num/den (den > 0), used for decimal figures such as
 * 2.5 ETP, 33.33 %, a rate of 1.10 € or an indexation of 2.5 %. */
export interface Ratio {
  readonly num: bigint;
  readonly den: bigint;
}

export function isCents(value: unknown): value is Cents {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

/** Parses a plain decimal writing ("2", "2.5", "33.33") exactly; null when it is not one. Numbers
 * are read from their shortest decimal writing (String(1.1) === "1.1"), so 1.1 means 11/10. */
export function parseDecimal(value: number | string): Ratio | null {
  // A whole number needs no parsing (its writing has no fraction, and -0 reads as 0).
  if (typeof value === 'number' && Number.isSafeInteger(value)) return { num: BigInt(value), den: 1n };
  const text = typeof value === 'number' ? String(value) : value.trim();
  const short = parseShortDecimal(text);
  if (short) return short;
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return null;
  const [, sign, whole, fraction = ''] = match;
  const num = BigInt(whole + fraction);
  return { num: sign ? -num : num, den: fraction.length === 0 ? 1n : 10n ** BigInt(fraction.length) };
}

/** parseDecimal without a regular expression for the common writings: unsigned, at most 15
 * digits, so the digits read exactly as a double; null for anything else (parseDecimal decides). */
function parseShortDecimal(text: string): Ratio | null {
  const length = text.length;
  if (length === 0 || length > 16) return null;
  let digits = 0;
  let value = 0;
  let point = -1;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      value = value * 10 + (code - 48);
      digits++;
    } else if (code === 46 && point < 0 && i > 0 && i < length - 1) {
      point = i;
    } else {
      return null;
    }
  }
  if (digits > 15) return null;
  return { num: BigInt(value), den: point < 0 ? 1n : DECIMAL_DENOMINATORS[length - 1 - point] };
}

const DECIMAL_DENOMINATORS = Array.from({ length: 16 }, (_, n) => 10n ** BigInt(n));

export function mul(a: Ratio, b: Ratio): Ratio {
  return { num: a.num * b.num, den: a.den * b.den };
}

/** Keeps the larger denominator when one divides the other (decimals: powers of ten), so sums of
 * decimal figures do not grow their denominators. */
export function add(a: Ratio, b: Ratio): Ratio {
  if (a.den === b.den) return { num: a.num + b.num, den: a.den };
  if (a.den % b.den === 0n) return { num: a.num + b.num * (a.den / b.den), den: a.den };
  if (b.den % a.den === 0n) return { num: a.num * (b.den / a.den) + b.num, den: b.den };
  return { num: a.num * b.den + b.num * a.den, den: a.den * b.den };
}

export function pow(a: Ratio, exponent: number): Ratio {
  const k = BigInt(exponent);
  return { num: a.num ** k, den: a.den ** k };
}

/** 1 + percent / 100, the yearly factor of an indexation rate given in percent. */
export function growthFactor(percent: Ratio): Ratio {
  return { num: percent.den * 100n + percent.num, den: percent.den * 100n };
}

/** Rounds to the nearest integer, halves away from zero (0.5 cent → 1 cent), and returns it as a
 * safe integer number. Throws AmountOutOfRange beyond Number.MAX_SAFE_INTEGER. */
export function roundHalfUp(a: Ratio): Cents {
  const { num, den } = a;
  // In doubles when num and den are small enough for every step to be exact (the common case).
  if (den <= SMALL && num <= SMALL && num >= -SMALL) {
    const n = Number(num);
    return n < 0 ? negate(divideHalfUpNumber(-n, Number(den))) : divideHalfUpNumber(n, Number(den));
  }
  return toSafeNumber(divideHalfUp(num, den));
}

/** −value, without a −0 (which BigInt arithmetic never gives). */
export function negate(value: number): number {
  return value === 0 ? 0 : -value;
}

/** num / den rounded to the nearest integer, halves away from zero (den > 0). */
export function divideHalfUp(num: bigint, den: bigint): bigint {
  const magnitude = (2n * (num < 0n ? -num : num) + den) / (2n * den);
  return num < 0n ? -magnitude : magnitude;
}

/** num / den rounded half-up, exactly, for integers 0 ≤ num ≤ 2^50 and 0 < den ≤ 2^50: then
 * 2 × num + den and the quotient times 2 × den stay below 2^53, so every step is exact. */
export function divideHalfUpNumber(num: number, den: number): number {
  const doubledNum = 2 * num + den;
  const doubledDen = 2 * den;
  const quotient = Math.floor(doubledNum / doubledDen);
  const remainder = doubledNum - quotient * doubledDen;
  return remainder < 0 ? quotient - 1 : remainder >= doubledDen ? quotient + 1 : quotient;
}

/** 2^50 as a bigint, the bound of divideHalfUpNumber. */
const SMALL = 2n ** 50n;
/** Doubles: 2^-53, the relative rounding error of one operation. */
export const UNIT_ROUNDOFF = 2 ** -53;

/**
 * base × growth^k rounded half-up to an integer (base ≥ 0, growth > 0, k ≥ 0) — an indexed amount
 * — given `approx`, the same product computed in doubles with a relative error of at most
 * `relativeError`. When the approximation leaves no doubt about the rounding (its fraction is not
 * within the error bound of a half), it is used; otherwise the product is computed exactly. Either
 * way the result is roundHalfUp(mul(base, pow(growth, k))).
 */
export function roundIndexedHalfUp(base: Ratio, growth: Ratio | null, k: number, approx: number, relativeError: number): Cents {
  if (approx >= 0 && approx < 2 ** 44) {
    const shifted = approx + 0.5;
    const floor = Math.floor(shifted);
    const fraction = shifted - floor; // exact
    // Error of approx, plus the rounding of the addition, plus a margin.
    const bound = relativeError * approx + 4 * UNIT_ROUNDOFF * (shifted + 1);
    if (fraction > bound && fraction < 1 - bound) return floor;
  }
  return roundHalfUp(growth === null || k === 0 ? base : mul(base, pow(growth, k)));
}

/** factor^k by repeated products, relative error at most (4k − 1) × UNIT_ROUNDOFF for a factor
 * known within 3 × UNIT_ROUNDOFF (k ≥ 0; exactly 1 for k = 0). */
export function compounded(factor: number, k: number): number {
  let result = 1;
  for (let i = 0; i < k; i++) result *= factor;
  return result;
}

/** Relative error bound of approximate(base) × compounded(approximate(growth), k). */
export function indexedError(k: number): number {
  return (4 * k + 8) * UNIT_ROUNDOFF;
}

/** num / den as a double with a relative error of at most 3 × UNIT_ROUNDOFF (num ≥ 0, den > 0). */
export function approximate(value: Ratio): number {
  return Number(value.num) / Number(value.den);
}

/** An amount beyond what doubles hold exactly (2^53 cents, about 90 000 billion euros). */
export class AmountOutOfRange extends RangeError {
  constructor(value: bigint | number) {
    super(`Amount out of the safe integer range: ${value}`);
    this.name = 'AmountOutOfRange';
  }
}

function toSafeNumber(value: bigint): number {
  const result = Number(value);
  if (!Number.isSafeInteger(result)) throw new AmountOutOfRange(value);
  return result;
}

/**
 * The order in which equal remainders get the cents left: ascending tie rank, then input order.
 * Prepared once for a set of payers that serves many splits.
 */
export interface TieOrder {
  /** Position of each member in that order (a permutation of 0…n−1). */
  readonly position: readonly number[];
  /** The member at each position. */
  readonly memberAt: readonly number[];
}

export function tieOrder(tieRanks: readonly number[]): TieOrder {
  return orderOf(tieRanks.map((_, i) => i).sort((a, b) => tieRanks[a] - tieRanks[b] || a - b));
}

/** The tie order that lists the members as `memberAt` does. */
export function orderOf(memberAt: readonly number[]): TieOrder {
  const position = new Array<number>(memberAt.length);
  memberAt.forEach((member, p) => (position[member] = p));
  return { position, memberAt };
}

/** Rank of each code in ascending order (0 for the smallest), for breaking ties by code. */
export function rankCodes(codes: readonly string[]): number[] {
  const ranks = new Array<number>(codes.length);
  codes
    .map((code, i) => ({ code, i }))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .forEach(({ i }, rank) => (ranks[i] = rank));
  return ranks;
}

/**
 * Largest-remainder split ("méthode du plus fort reste") of `total` cents in proportion to
 * `weights`: everyone gets the floor of their exact share, then the cents left go one each to the
 * largest remainders; equal remainders go in tie order (see rankCodes: by INSEE code), so the
 * result is deterministic and always adds up to `total` exactly. Weights must not all be zero.
 * Prepared once for weights that serve many totals (one per year).
 */
export function largestRemainderSplitter(weights: readonly bigint[], order: TieOrder): (total: Cents) => Cents[] {
  let weightSum = 0n;
  let maxWeight = 0n;
  for (const weight of weights) {
    weightSum += weight;
    if (weight > maxWeight) maxWeight = weight;
  }
  if (weightSum <= 0n) throw new RangeError('Cannot split by weights that are all zero');
  // The same arithmetic in doubles when every product is an exact integer there: much faster.
  if (weightSum <= MAX_SAFE) {
    const numberWeights = weights.map(Number);
    const numberSum = Number(weightSum);
    const safeTotal = Number(MAX_SAFE / maxWeight);
    const keys = new Float64Array(weights.length);
    return (total) => (total <= safeTotal ? splitNumbers(total, numberWeights, numberSum, order, keys) : splitBigInts(total, weights, weightSum, order));
  }
  return (total) => splitBigInts(total, weights, weightSum, order);
}

export function splitLargestRemainder(total: Cents, weights: readonly bigint[], tieRanks: readonly number[]): Cents[] {
  return largestRemainderSplitter(weights, tieOrder(tieRanks))(total);
}

/** The same split when the weights are themselves amounts in cents (e.g. each payer's share). */
export function splitInProportion(total: Cents, weights: readonly Cents[], order: TieOrder): Cents[] {
  let weightSum = 0;
  let maxWeight = 0;
  for (const weight of weights) {
    weightSum += weight;
    if (weight > maxWeight) maxWeight = weight;
  }
  const fitsDoubles = weightSum > 0 && Number.isSafeInteger(weightSum) && total <= Number.MAX_SAFE_INTEGER / maxWeight;
  return fitsDoubles ? splitNumbers(total, weights, weightSum, order) : largestRemainderSplitter(weights.map(BigInt), order)(total);
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** Floors of total × weight / weightSum, then the cents left, in doubles: every product and
 * remainder is an exact integer there (total × max weight and weightSum are safe integers).
 * `keys` is scratch of `weights.length` entries, which a prepared splitter reuses. */
function splitNumbers(total: number, weights: readonly number[], weightSum: number, order: TieOrder, keys = new Float64Array(weights.length)): Cents[] {
  const n = weights.length;
  const shares = new Array<number>(n);
  // Remainders are below weightSum: when weightSum × n is a safe integer, remainder and tie
  // position pack exactly into one key, and a native sort of the keys replaces a comparator sort.
  const packed = weightSum * n <= Number.MAX_SAFE_INTEGER;
  const remainders = packed ? null : new Array<number>(n);
  const { position } = order;
  let centsLeft = total;
  for (let i = 0; i < n; i++) {
    const product = total * weights[i];
    let share = Math.floor(product / weightSum);
    let remainder = product - share * weightSum;
    // The division is rounded; correct it so that 0 ≤ remainder < weightSum exactly.
    if (remainder < 0) {
      share -= 1;
      remainder += weightSum;
    } else if (remainder >= weightSum) {
      share += 1;
      remainder -= weightSum;
    }
    shares[i] = share;
    centsLeft -= share;
    // key = remainder × n + (n − 1 − position): larger remainder first, then lower position.
    if (remainders === null) keys[i] = remainder * n + (n - 1 - position[i]);
    else remainders[i] = remainder;
  }
  if (centsLeft <= 0) return shares;
  if (remainders !== null) return handOutCentsLeft(centsLeft, shares, remainders, order);
  const sorted = keys.sort();
  const { memberAt } = order;
  for (let k = 1; k <= centsLeft; k++) shares[memberAt[n - 1 - (sorted[n - k] % n)]] += 1;
  return shares;
}

/** The same floors in BigInt, for weights or totals beyond exact doubles. */
function splitBigInts(total: number, weights: readonly bigint[], weightSum: bigint, order: TieOrder): Cents[] {
  const bigTotal = BigInt(total);
  const shares = new Array<number>(weights.length);
  const remainders = new Array<bigint>(weights.length);
  let centsLeft = total;
  for (let i = 0; i < weights.length; i++) {
    const product = bigTotal * weights[i];
    const share = product / weightSum;
    shares[i] = Number(share);
    centsLeft -= shares[i];
    remainders[i] = product - share * weightSum;
  }
  return centsLeft <= 0 ? shares : handOutCentsLeft(centsLeft, shares, remainders, order);
}

/** Gives one cent each to the `centsLeft` members with the largest remainders, equal remainders
 * in tie order. */
function handOutCentsLeft(centsLeft: Cents, shares: Cents[], remainders: readonly number[] | readonly bigint[], order: TieOrder): Cents[] {
  const { position, memberAt } = order;
  const members = memberAt.slice();
  members.sort((a, b) => (remainders[a] === remainders[b] ? position[a] - position[b] : remainders[a] > remainders[b] ? -1 : 1));
  for (let k = 0; k < centsLeft; k++) shares[members[k]] += 1;
  return shares;
}
