// Exact money arithmetic shared by the domain: integer euro cents, exact decimal ratios in BigInt,
// one rounding rule for priced amounts (half-up) and one for splits (largest remainder).

/** An amount in euro cents: always a safe integer, never a float. */
export type Cents = number;

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
  const text = typeof value === 'number' ? String(value) : value.trim();
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return null;
  const [, sign, whole, fraction = ''] = match;
  const num = BigInt(whole + fraction);
  return { num: sign ? -num : num, den: 10n ** BigInt(fraction.length) };
}

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
 * safe integer number. Throws RangeError beyond Number.MAX_SAFE_INTEGER. */
export function roundHalfUp(a: Ratio): Cents {
  return toSafeNumber(divideHalfUp(a.num, a.den));
}

/** num / den rounded to the nearest integer, halves away from zero (den > 0). */
export function divideHalfUp(num: bigint, den: bigint): bigint {
  const magnitude = (2n * (num < 0n ? -num : num) + den) / (2n * den);
  return num < 0n ? -magnitude : magnitude;
}

function toSafeNumber(value: bigint): number {
  const result = Number(value);
  if (!Number.isSafeInteger(result)) throw new RangeError(`Amount out of the safe integer range: ${value}`);
  return result;
}

/**
 * Largest-remainder split ("méthode du plus fort reste") of `total` cents in proportion to
 * `weights`: everyone gets the floor of their exact share, then the cents left go one each to the
 * largest remainders; equal remainders go to the lowest `tieRanks` (see rankCodes: by INSEE code),
 * so the result is deterministic and always adds up to `total` exactly. Weights must not all be
 * zero. Prepared once for weights that serve many totals (one per year).
 */
export function largestRemainderSplitter(weights: readonly bigint[], tieRanks: readonly number[]): (total: Cents) => Cents[] {
  let weightSum = 0n;
  let maxWeight = 0n;
  for (const weight of weights) {
    weightSum += weight;
    if (weight > maxWeight) maxWeight = weight;
  }
  if (weightSum <= 0n) throw new RangeError('Cannot split by weights that are all zero');
  // The same arithmetic in doubles when every product is an exact integer there: much faster.
  const numberWeights = weightSum <= MAX_SAFE ? weights.map(Number) : null;
  const safeTotal = Number(MAX_SAFE / maxWeight);
  return (total) =>
    numberWeights && total <= safeTotal
      ? handOutCentsLeft(total, floorSharesNumber(total, numberWeights, Number(weightSum)), tieRanks)
      : handOutCentsLeft(total, floorSharesBigInt(total, weights, weightSum), tieRanks);
}

export function splitLargestRemainder(total: Cents, weights: readonly bigint[], tieRanks: readonly number[]): Cents[] {
  return largestRemainderSplitter(weights, tieRanks)(total);
}

/** The same split when the weights are themselves amounts in cents (e.g. each payer's share). */
export function splitInProportion(total: Cents, weights: readonly Cents[], tieRanks: readonly number[]): Cents[] {
  let weightSum = 0;
  let maxWeight = 0;
  for (const weight of weights) {
    weightSum += weight;
    if (weight > maxWeight) maxWeight = weight;
  }
  const fitsDoubles = weightSum > 0 && Number.isSafeInteger(weightSum) && total <= Number.MAX_SAFE_INTEGER / Math.max(1, maxWeight);
  return fitsDoubles ? handOutCentsLeft(total, floorSharesNumber(total, weights, weightSum), tieRanks) : splitLargestRemainder(total, weights.map(BigInt), tieRanks);
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

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

interface FloorShares {
  shares: number[];
  /** total × weight − share × weightSum, comparable between members. */
  remainders: (number | bigint)[];
}

function handOutCentsLeft(total: Cents, { shares, remainders }: FloorShares, tieRanks: readonly number[]): Cents[] {
  let centsLeft = total;
  for (const share of shares) centsLeft -= share;
  if (centsLeft > 0) {
    const order = shares.map((_, i) => i);
    order.sort((a, b) => (remainders[a] === remainders[b] ? tieRanks[a] - tieRanks[b] : remainders[a] > remainders[b] ? -1 : 1));
    for (let k = 0; k < centsLeft; k++) shares[order[k]] += 1;
  }
  return shares;
}

function floorSharesNumber(total: number, weights: readonly number[], weightSum: number): FloorShares {
  const shares = new Array<number>(weights.length);
  const remainders = new Array<number>(weights.length);
  for (let i = 0; i < weights.length; i++) {
    const product = total * weights[i];
    let share = Math.floor(product / weightSum);
    let remainder = product - share * weightSum;
    // The division is rounded; correct it so that 0 ≤ remainder < weightSum exactly.
    if (remainder < 0) [share, remainder] = [share - 1, remainder + weightSum];
    else if (remainder >= weightSum) [share, remainder] = [share + 1, remainder - weightSum];
    shares[i] = share;
    remainders[i] = remainder;
  }
  return { shares, remainders };
}

function floorSharesBigInt(total: number, weights: readonly bigint[], weightSum: bigint): FloorShares {
  const bigTotal = BigInt(total);
  const shares = new Array<number>(weights.length);
  const remainders = new Array<bigint>(weights.length);
  for (let i = 0; i < weights.length; i++) {
    const product = bigTotal * weights[i];
    const share = product / weightSum;
    shares[i] = Number(share);
    remainders[i] = product - share * weightSum;
  }
  return { shares, remainders };
}
