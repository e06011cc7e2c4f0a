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
  const n = tieRanks.length;
  // Ranks from rankCodes (possibly shifted) are n consecutive distinct integers: no sort needed.
  if (n > 0) {
    let lowest = tieRanks[0];
    for (const rank of tieRanks) if (rank < lowest) lowest = rank;
    const memberAt = new Array<number>(n).fill(-1);
    let consecutive = Number.isSafeInteger(lowest);
    for (let i = 0; i < n && consecutive; i++) {
      const p = tieRanks[i] - lowest;
      if (!Number.isInteger(p) || p >= n || memberAt[p] !== -1) consecutive = false;
      else memberAt[p] = i;
    }
    if (consecutive) {
      const position = new Array<number>(n).fill(0);
      for (let p = 0; p < n; p++) position[memberAt[p]] = p;
      return { position, memberAt };
    }
  }
  const order: number[] = new Array<number>(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => tieRanks[a] - tieRanks[b] || a - b);
  const position = new Array<number>(n).fill(0);
  const memberAt = new Array<number>(n).fill(0);
  for (let p = 0; p < n; p++) {
    memberAt[p] = order[p];
    position[order[p]] = p;
  }
  return { position, memberAt };
}

/**
 * Largest-remainder split ("méthode du plus fort reste") of `total` cents in proportion to
 * `weights`: everyone gets the floor of their exact share, then the cents left go one each to the
 * largest remainders; equal remainders go to the lowest `tieRanks` (see rankCodes: by INSEE code),
 * so the result is deterministic and always adds up to `total` exactly. Weights must not all be
 * zero. Prepared once for weights that serve many totals (one per year).
 */
export function largestRemainderSplitter(weights: readonly bigint[], tieRanks: readonly number[]): (total: Cents) => Cents[] {
  return preparedSplitter(weights, tieOrder(tieRanks));
}

/** largestRemainderSplitter with the tie order already prepared. With `reuse`, the splitter
 * returns the same array from call to call (read it before the next call): fewer allocations. */
export function preparedSplitter(weights: readonly bigint[], order: TieOrder, reuse = false): (total: Cents) => Cents[] {
  let weightSum = 0n;
  let maxWeight = 0n;
  for (const weight of weights) {
    weightSum += weight;
    if (weight > maxWeight) maxWeight = weight;
  }
  if (weightSum <= 0n) throw new RangeError('Cannot split by weights that are all zero');
  let fractions: Float64Array | null = null;
  /** Large weights: in doubles when that leaves no doubt (see splitNearly), else in BigInt. */
  const splitLarge = (total: Cents): Cents[] => {
    fractions ??= fractionsOf(weights, weightSum);
    return splitNearly(total, fractions) ?? splitBigInts(total, weights, weightSum, order);
  };
  // The same arithmetic in doubles when every product is an exact integer there: much faster.
  if (weightSum <= MAX_SAFE) {
    const numberWeights = weights.map(Number);
    const numberSum = Number(weightSum);
    const safeTotal = Number(MAX_SAFE / maxWeight);
    const buffers = reuse ? splitBuffers(weights.length) : undefined;
    return (total) => (total <= safeTotal ? splitNumbers(total, numberWeights, numberSum, order, buffers) : splitLarge(total));
  }
  return splitLarge;
}

/** weight / weightSum for each weight, in doubles: within 3 × UNIT_ROUNDOFF (relative) of the
 * exact ratio, or exactly 0 for a zero weight. NaN when out of the doubles' range. */
function fractionsOf(weights: readonly bigint[], weightSum: bigint): Float64Array {
  const sum = Number(weightSum);
  return Float64Array.from(weights, (weight) => (weight === 0n ? 0 : Number.isFinite(sum) ? Number(weight) / sum : NaN));
}

/**
 * The largest-remainder split from approximate fractions (weight / weightSum), when they decide it
 * beyond doubt; null otherwise. Each exact share total × fraction is known within ε (a bound on the
 * approximation's error), so its floor is certain unless it lies within ε of an integer, and the
 * members that get the cents left are certain when the smallest fraction part among them exceeds
 * the largest among the others by more than 2ε (so equal remainders, which the tie ranks order, never
 * get here). Those are the only two decisions the split makes.
 */
export function splitNearly(total: Cents, fractions: Float64Array): Cents[] | null {
  const n = fractions.length;
  if (!(total > 0 && total < 2 ** 40)) return null;
  const epsilon = 8 * UNIT_ROUNDOFF * total;
  const shares = new Array<number>(n);
  const parts = new Float64Array(n);
  let centsLeft = total;
  for (let i = 0; i < n; i++) {
    const fraction = fractions[i];
    if (fraction === 0) {
      // A zero weight: exactly nothing, and a remainder of exactly zero.
      shares[i] = 0;
      parts[i] = 0;
      continue;
    }
    const exactish = total * fraction;
    const share = Math.floor(exactish);
    const part = exactish - share;
    if (!(part > epsilon && part < 1 - epsilon)) return null;
    shares[i] = share;
    parts[i] = part;
    centsLeft -= share;
  }
  if (centsLeft <= 0) return centsLeft === 0 ? shares : null;
  if (centsLeft >= n) return null;
  const sorted = parts.slice().sort();
  const lowestServed = sorted[n - centsLeft];
  if (!(lowestServed - sorted[n - centsLeft - 1] > 2 * epsilon)) return null;
  for (let i = 0; i < n; i++) if (parts[i] >= lowestServed) shares[i] += 1;
  return shares;
}

export function splitLargestRemainder(total: Cents, weights: readonly bigint[], tieRanks: readonly number[]): Cents[] {
  return largestRemainderSplitter(weights, tieRanks)(total);
}

/** The same split when the weights are themselves amounts in cents (e.g. each payer's share). */
export function splitInProportion(total: Cents, weights: readonly Cents[], tieRanks: readonly number[]): Cents[] {
  return splitInProportionOrdered(total, weights, tieOrder(tieRanks));
}

/** splitInProportion with the tie order already prepared. */
export function splitInProportionOrdered(total: Cents, weights: ArrayLike<Cents>, order: TieOrder): Cents[] {
  let weightSum = 0;
  let maxWeight = 0;
  for (let i = 0; i < weights.length; i++) {
    weightSum += weights[i];
    if (weights[i] > maxWeight) maxWeight = weights[i];
  }
  const fitsDoubles = weightSum > 0 && Number.isSafeInteger(weightSum) && total <= Number.MAX_SAFE_INTEGER / Math.max(1, maxWeight);
  if (fitsDoubles) return splitNumbers(total, weights, weightSum, order);
  const bigWeights = Array.from(weights, BigInt);
  let bigSum = 0n;
  for (const weight of bigWeights) bigSum += weight;
  if (bigSum <= 0n) throw new RangeError('Cannot split by weights that are all zero');
  return splitBigInts(total, bigWeights, bigSum, order);
}

/** Rank of each code in ascending order (0 for the smallest), for breaking ties by code. */
export function rankCodes(codes: readonly string[]): number[] {
  const n = codes.length;
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) sorted = codes[i - 1] < codes[i];
  if (sorted) return Array.from({ length: n }, (_, i) => i);
  const order: number[] = new Array<number>(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => (codes[a] < codes[b] ? -1 : codes[a] > codes[b] ? 1 : 0));
  const ranks = new Array<number>(n);
  for (let rank = 0; rank < n; rank++) ranks[order[rank]] = rank;
  return ranks;
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** Arrays a splitter may reuse: the shares it returns, and its remainders. */
export interface SplitBuffers {
  shares: number[];
  remainders: Float64Array;
}

export function splitBuffers(n: number): SplitBuffers {
  return { shares: new Array<number>(n).fill(0), remainders: new Float64Array(n) };
}

/** Floors of total × weight / weightSum, then the cents left, in doubles: every product and
 * remainder is an exact integer there (total × max weight and weightSum are safe integers). */
export function splitNumbers(total: number, weights: ArrayLike<number>, weightSum: number, order: TieOrder, buffers?: SplitBuffers): Cents[] {
  const n = weights.length;
  const shares = buffers ? buffers.shares : new Array<number>(n);
  const remainders = buffers ? buffers.remainders : new Float64Array(n);
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
    remainders[i] = remainder;
    centsLeft -= share;
  }
  if (centsLeft > 0) handOutCentsLeft(shares, centsLeft, remainders, weightSum, order);
  return shares;
}

/**
 * Gives one cent each to the `centsLeft` largest remainders, equal remainders in tie order. The
 * remainders are integers below `bound`; when bound × n is a safe integer, remainder and tie
 * position pack exactly into one double, and a native sort of those keys does it.
 */
function handOutCentsLeft(shares: number[], centsLeft: number, remainders: Float64Array, bound: number, order: TieOrder): void {
  const n = shares.length;
  const { position, memberAt } = order;
  if (bound * n <= Number.MAX_SAFE_INTEGER) {
    // key = remainder × n + (n − 1 − position): larger remainder first, then lower position.
    const keys = remainders; // reused in place
    for (let i = 0; i < n; i++) keys[i] = remainders[i] * n + (n - 1 - position[i]);
    keys.sort();
    for (let k = 1; k <= centsLeft; k++) shares[memberAt[n - 1 - (keys[n - k] % n)]] += 1;
    return;
  }
  const members = memberAt.slice();
  members.sort((a, b) => (remainders[a] === remainders[b] ? position[a] - position[b] : remainders[a] > remainders[b] ? -1 : 1));
  for (let k = 0; k < centsLeft; k++) shares[members[k]] += 1;
}

function splitBigInts(total: number, weights: readonly bigint[], weightSum: bigint, order: TieOrder): Cents[] {
  const bigTotal = BigInt(total);
  const n = weights.length;
  const shares = new Array<number>(n);
  const remainders = new Array<bigint>(n);
  let centsLeft = total;
  for (let i = 0; i < n; i++) {
    const product = bigTotal * weights[i];
    const share = product / weightSum;
    shares[i] = Number(share);
    remainders[i] = product - share * weightSum;
    centsLeft -= shares[i];
  }
  if (centsLeft > 0) {
    const { position } = order;
    const members = order.memberAt.slice();
    members.sort((a, b) => (remainders[a] === remainders[b] ? position[a] - position[b] : remainders[a] > remainders[b] ? -1 : 1));
    for (let k = 0; k < centsLeft; k++) shares[members[k]] += 1;
  }
  return shares;
}
